// Reader participation on built article pages: the count, the comments with replies and picks,
// the policy, the comment form and its limits, the reaction question, and closed comments.
import { load, type CheerioAPI } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

const BEIRUT = "/2026/11/18/beiruts-container-terminal-reopens-after-eight-month-refit/";
const YORK = "/2026/11/23/york-flood-inquiry-hears-from-residents-who-spent-months-out-of-their-homes/";
const LEEDS = "/2026/10/08/residents-save-community-orchard-from-housing-plan-after-two-year-campaign/";

const site = await buildSite();
const page = async (url: string): Promise<CheerioAPI> => load(await site.read(url));

const comments = suite("comments on an article page");

comments("the count in words near the headline links to the comments section", async () => {
  const $ = await page(BEIRUT);
  assert.is($(".article__comment-count").text(), "4 comments");
  assert.is($(".article__comment-count").attr("href"), "#comments");
  assert.is($("section#comments .comments__count").text(), "4 comments");
  assert.is(JSON.parse($('script[type="application/ld+json"]').text()).commentCount, 4);
});

comments("top-level comments in order, the reply nested under its parent, the pick marked, Anonymous for no name", async () => {
  const $ = await page(BEIRUT);
  const top = $("#comments .comments__list > li");
  assert.equal(top.map((_, li) => $(li).attr("id")).get(), ["comment-c-3f9a1c", "comment-c-81d07e", "comment-c-c4e219"]);
  assert.equal($("#comment-c-81d07e .comments__replies > li").map((_, li) => $(li).attr("id")).get(), ["comment-c-a2b6f4"]);
  assert.ok($("#comment-c-3f9a1c").hasClass("comment--pick"));
  assert.is($("#comment-c-3f9a1c .comment__pick").text(), "Editor’s pick");
  assert.is($("#comment-c-81d07e > .comment__body .comment__pick").length, 0);
  assert.is($("#comment-c-c4e219 .comment__author").text(), "Anonymous");
  assert.is($("#comment-c-3f9a1c time").attr("datetime"), "2026-11-18T11:42:00+02:00");
});

comments("bare links in comments carry rel=nofollow ugc noopener", async () => {
  const $ = await page(BEIRUT);
  const link = $("#comment-c-3f9a1c a");
  assert.is(link.attr("href"), "https://port.example.org/notices/booking-2026");
  assert.is(link.attr("rel"), "nofollow ugc noopener");
});

comments("comments from a rescued wire page are in the same section", async () => {
  const $ = await page(LEEDS);
  assert.is($("#comments .comments__list > li").length, 3);
  assert.is($(".article__comment-count").text(), "3 comments");
});

comments("the policy page exists and every form links to it", async () => {
  const policy = await page("/comment-policy/");
  assert.is(policy("h1").text(), "Comment policy");
  assert.ok(policy(".article__body h2").length >= 2);
  const $ = await page(BEIRUT);
  assert.is($('#comments a[href="/comment-policy/"]').length, 1);
  assert.is($('.site-footer a[href="/comment-policy/"]').length, 1);
});

comments.run();

const form = suite("the comment form");

form("fields, labels, required marks and the limit from site settings", async () => {
  const $ = await page(BEIRUT);
  const form = $("form.comment-form");
  assert.is(form.attr("method"), "post");
  assert.is(form.attr("action"), "http://localhost:8787/comment");
  for (const [name, type] of [["name", "text"], ["email", "email"]] as const) {
    const input = form.find(`input[name="${name}"]`);
    assert.is(input.attr("type"), type);
    assert.ok(input.is("[required]"), name);
    assert.is(form.find(`label[for="${input.attr("id")}"] .required`).text(), "*", name);
  }
  const text = form.find('textarea[name="comment"]');
  assert.ok(text.is("[required]"));
  assert.is(text.attr("maxlength"), "1500");
  assert.is(form.find(`label[for="${text.attr("id")}"] .required`).text(), "*");
  assert.match(form.find(".comment-form__legend").text(), /Fields marked \* are required/);
  const counter = form.find("output[data-counter]");
  assert.is(counter.attr("for"), text.attr("id"));
  assert.is(counter.attr("data-max"), "1500");
  assert.is(counter.text(), "1,500 / 1,500", "the numbers in the page language's style");
  assert.is(form.find('input[type="hidden"][name="article"]').attr("value"), "beirut-port-reopens");
  assert.is(form.find('input[type="hidden"][name="url"]').attr("value"), BEIRUT);
  const trap = form.find('input[name="website"]');
  assert.is(trap.attr("tabindex"), "-1");
  assert.is(trap.closest(".trap").attr("aria-hidden"), "true");
  assert.ok($('script[src="/assets/comments.js"]').is("[defer]"));
  assert.is($("#comment-received").length, 1);
});

form("an article with comments closed shows no form and says so", async () => {
  const $ = await page(YORK);
  assert.is($("form.comment-form").length, 0);
  assert.is($(".comments__closed").text(), "Comments are closed for this article.");
  assert.is($(".article__comment-count").length, 0, "no count to link to when there is nothing and nothing can be added");
});

form.run();

const reactions = suite("Do you like this article?");

reactions("Yes and No post to the reactions endpoint, with counts when there are some", async () => {
  const $ = await page(BEIRUT);
  const form = $("form.reaction");
  assert.is(form.attr("action"), "http://localhost:8787/reaction");
  assert.is(form.find("legend").text(), "Do you like this article?");
  assert.equal(form.find('button[name="choice"]').map((_, b) => $(b).attr("value")).get(), ["yes", "no"]);
  assert.equal(form.find(".reaction__count").map((_, c) => $(c).text()).get(), ["(41)", "(6)"]);
  const york = await page(YORK);
  assert.is(york("form.reaction .reaction__count").length, 0, "no counts yet");
});

reactions.run();

const closed = suite("no endpoints configured");

closed("every article says comments are closed and no reaction form is shown", async () => {
  const bare = await buildSite("content", { COMMENTS_ENDPOINT: "", REACTIONS_ENDPOINT: "" });
  const $ = load(await bare.read(BEIRUT));
  assert.is($("form").length, 0);
  assert.is($(".comments__closed").length, 1);
  assert.is($("#comments .comments__list > li").length, 3, "approved comments still show");
});

closed.run();
