// The one line the build prints about search:
// "Search: 6 indexes, 1 indexed (2026-11: 170 pages, 0.3 s), 5 reused from cache", and for a
// publish in place "…, 4 unchanged" (bundles left as the last build wrote them).
import type { PartitionIndex, SearchIndex } from "./index-site.ts";

const count = new Intl.NumberFormat("en");
const seconds = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function searchSummary(index: SearchIndex): string {
  const { partitions } = index;
  if (partitions.length === 0) return "Search: no article pages, an empty index";
  const indexed = partitions.filter((partition) => partition.outcome === "indexed");
  const reused = partitions.filter((partition) => partition.outcome === "reused").length;
  const kept = partitions.filter((partition) => partition.outcome === "kept").length;
  const parts = [`${partitions.length} ${partitions.length === 1 ? "index" : "indexes"}`];
  if (indexed.length > 0) parts.push(`${indexed.length} indexed (${indexed.map(describe).join("; ")})`);
  if (reused > 0) parts.push(`${reused} reused from cache`);
  if (kept > 0) parts.push(`${kept} unchanged`);
  return `Search: ${parts.join(", ")}`;
}

function describe(partition: PartitionIndex): string {
  return `${partition.name}: ${count.format(partition.pages)} ${partition.pages === 1 ? "page" : "pages"}, ${seconds.format(partition.seconds)} s`;
}
