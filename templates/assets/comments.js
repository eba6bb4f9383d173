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
    // The words and digits are the page's language's (messages/<language>.json, `commentForm.counter`).
    const digits = new Intl.NumberFormat(output.dataset.locale || undefined);
    const words = output.dataset.words || "%left% / %limit%";
    const update = () => {
      output.value = words.replace("%left%", digits.format(max - field.value.length)).replace("%limit%", digits.format(max));
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
      let response;
      try {
        response = await fetch(form.action, { method: "POST", body, headers: { Accept: "application/json" } });
      } catch {
        // The endpoint could not be reached in the background (offline, blocked): send the
        // form the ordinary way instead, keeping the button that was pressed. Only here: once a
        // response has come, the submission has arrived and must not be sent twice.
        if (event.submitter && event.submitter.name) {
          const choice = document.createElement("input");
          choice.type = "hidden";
          choice.name = event.submitter.name;
          choice.value = event.submitter.value;
          form.append(choice);
        }
        HTMLFormElement.prototype.submit.call(form);
        return;
      } finally {
        buttons.forEach((button) => (button.disabled = false));
      }
      // A form service may answer with HTML: then its status is all there is to go on.
      const answer = await response.json().catch(() => null);
      const ok = answer ? answer.ok : response.ok;
      const errors = Object.values((answer && answer.errors) || {});
      // The server's own words when it sent some (Dateline's intake server words them in the
      // language of the form's `lang` field); else the page's.
      const told = ok || errors.length === 0 ? answer && answer.message : errors.join(" ");
      status.textContent = told || (ok ? status.dataset.thanks : status.dataset.failed);
      // The server names the language it answered in: one that lacks the page's language (a
      // server older than the build) answers in another, which screen readers must read as such.
      if (told && answer.lang) {
        status.lang = answer.lang;
        status.dir = answer.dir === "rtl" ? "rtl" : "ltr";
      } else {
        status.removeAttribute("lang");
        status.removeAttribute("dir");
      }
      if (ok && form.matches("[data-comment-form]")) form.reset();
    });
  }
})();
