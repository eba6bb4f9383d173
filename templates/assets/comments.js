// Progressive enhancement for the comment and reaction forms. Without this script both forms
// still work: they post to the intake server, which redirects back to the article.
// With it: a live count of characters left, and the forms sent in the background.
(function () {
  "use strict";

  // The counter counts what the browser's maxlength counts (UTF-16 code units), so it never
  // promises room the field will refuse. The intake server counts characters, which is never less strict.
  for (const output of document.querySelectorAll("output[data-counter]")) {
    const field = document.getElementById(output.htmlFor.value);
    const max = Number(output.dataset.max);
    if (!field || !max) continue;
    const update = () => {
      output.value = `${max - field.value.length} / ${max}`;
    };
    field.addEventListener("input", update);
    field.form.addEventListener("reset", () => setTimeout(update));
    update();
    output.hidden = false;
  }

  for (const form of document.querySelectorAll("form[data-comment-form], form[data-reaction-form]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const status = form.querySelector("[data-form-status]");
      const body = new URLSearchParams(new FormData(form, event.submitter));
      const buttons = form.querySelectorAll("button");
      buttons.forEach((button) => (button.disabled = true));
      try {
        const response = await fetch(form.action, { method: "POST", body, headers: { Accept: "application/json" } });
        const answer = await response.json();
        if (answer.ok) {
          status.textContent = answer.message || "Thank you.";
          if (form.matches("[data-comment-form]")) form.reset();
        } else {
          const errors = Object.values(answer.errors || {});
          status.textContent = errors.length > 0 ? errors.join(" ") : answer.message || "That did not work. Please try again.";
        }
      } catch {
        // The endpoint could not be reached in the background (offline, blocked): send the
        // form the ordinary way instead, keeping the button that was pressed.
        if (event.submitter && event.submitter.name) {
          const choice = document.createElement("input");
          choice.type = "hidden";
          choice.name = event.submitter.name;
          choice.value = event.submitter.value;
          form.append(choice);
        }
        HTMLFormElement.prototype.submit.call(form);
      } finally {
        buttons.forEach((button) => (button.disabled = false));
      }
    });
  }
})();
