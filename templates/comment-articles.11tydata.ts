// /comment-articles.json: the articles the comment intake server takes forms for (src/comments/article-list.ts).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { articleListFile } from "../src/comments/article-list.ts";

export default generatedFiles(({ articles }) => [articleListFile(articles)]);
