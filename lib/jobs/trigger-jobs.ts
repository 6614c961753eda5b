import "server-only";
// Queues one run of each named queue now (the manual trigger, the admin page). A queue that already has a
// run waiting takes no second one (the `stately` policy); the answer lists the queues that got one.
import { getBoss } from "./boss";
import type { QueueName } from "./queues";

export async function triggerJobs(names: readonly QueueName[]): Promise<QueueName[]> {
  const boss = await getBoss();
  const queued: QueueName[] = [];
  for (const name of names) if (await boss.send(name, {})) queued.push(name);
  return queued;
}
