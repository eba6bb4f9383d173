// Comments as a page shows them: top-level comments in order, each with its replies beneath.
import type { Comment } from "../model/types.ts";

export interface CommentThread {
  comment: Comment;
  replies: Comment[];
}

export function commentThreads(comments: readonly Comment[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) if (!comment.replyTo) threads.set(comment.id, { comment, replies: [] });
  for (const comment of comments) {
    if (!comment.replyTo) continue;
    const thread = threads.get(comment.replyTo);
    // A reply whose parent is gone is shown on its own rather than dropped.
    if (thread) thread.replies.push(comment);
    else threads.set(comment.id, { comment, replies: [] });
  }
  return [...threads.values()];
}
