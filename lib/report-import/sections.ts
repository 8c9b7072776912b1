// Finds or creates, inside the import's transaction, the section and topic an item belongs to: matched by key
// or by title (case-insensitive), created only where missing, after the cycle's existing ones, and audited.
import type { Actor, Tx } from "@/lib/audit/record";
import { auditCreate } from "@/lib/mutations/versioned";
import type { Priority } from "@/lib/generated/prisma/enums";
import { sectionOf, topicOf, type SectionPlan } from "./policy";

export const SECTION_FIELDS = ["cycleId", "parentId", "key", "title", "leadIn", "priority", "order"] as const;

interface Known {
  id: string;
  key: string;
  title: string;
  parentId: string | null;
  priority: Priority;
  order: number;
}

export interface Placement {
  sectionId: string | null;
  priority: Priority;
  /** "A. Priority recommendations › Legal framework", for the source location. */
  where: string | null;
}

const same = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) === 0;

export class SectionResolver {
  /** Ids of the sections and topics this import created. */
  readonly created: string[] = [];
  private constructor(
    private readonly tx: Tx,
    private readonly actor: Actor,
    private readonly cycleId: string,
    private readonly reason: string,
    private readonly known: Known[],
  ) {}

  static async load(tx: Tx, actor: Actor, cycleId: string, reason: string) {
    const known = await tx.reportSection.findMany({
      where: { cycleId },
      select: { id: true, key: true, title: true, parentId: true, priority: true, order: true },
    });
    return new SectionResolver(tx, actor, cycleId, reason, known);
  }

  async place(section: string | null, topic: string | null): Promise<Placement> {
    const top = section ? await this.ensure(sectionOf(section), null) : null;
    const sub = topic ? await this.ensure(topicOf(top?.key ?? null, topic), top) : null;
    const where = [top?.title, sub?.title].filter(Boolean).join(" › ") || null;
    return { sectionId: (sub ?? top)?.id ?? null, priority: top?.priority ?? "UNSPECIFIED", where };
  }

  private async ensure(plan: SectionPlan, parent: Known | null): Promise<Known> {
    const parentId = parent?.id ?? null;
    const siblings = this.known.filter((s) => s.parentId === parentId);
    const found =
      this.known.find((s) => same(s.key, plan.key)) ?? siblings.find((s) => same(s.title, plan.title)) ?? null;
    if (found) return found;
    const data = {
      cycleId: this.cycleId,
      parentId,
      key: plan.key,
      title: plan.title,
      leadIn: null,
      // A topic takes its section's priority, as the seeded topics do.
      priority: parent ? parent.priority : plan.priority,
      order: Math.max(0, ...siblings.map((s) => s.order)) + 1,
    };
    const row = await this.tx.reportSection.create({ data });
    await auditCreate(
      this.tx,
      this.actor,
      "ReportSection",
      { ...row, id: row.id },
      SECTION_FIELDS,
      { cycleId: this.cycleId, recommendationId: null },
      this.reason,
    );
    const known: Known = { ...data, id: row.id };
    this.known.push(known);
    this.created.push(row.id);
    return known;
  }
}
