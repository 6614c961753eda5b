// `npm run bench:data` (tsx scripts/bench-data.ts [--force]): the persistent benchmark database for the
// regulator dashboard (issue 8: it must stay fast at 1,000,000 applications and 100,000 enterprises).
//
// Database onelicence_bench on its own embedded PostgreSQL (.data/pg-bench, port 54359; BENCH_PG_DIR /
// BENCH_PG_PORT), or on DATABASE_URL's server when set. It is migrated (with prisma/sql triggers) and seeded
// with the demo catalog, then filled by set-based SQL (INSERT … SELECT over generate_series; every "random"
// choice is a hash of the row number, so two runs give the same data) with the metric triggers off:
// BENCH_ENTERPRISES (100,000) enterprises with one applicant account each, BENCH_APPLICATIONS (1,000,000)
// applications over the 730 days before BENCH_END (2026-11-20) — 1–6 matters each from the seeded catalog,
// weighted towards the common ones; a task per department for OPTIMIZE/COMMITMENT matters with the limits of
// lib/approvals/task-limits.ts, ~90% decided within the promised limit, some still open (a few overdue);
// corrections, pending materials, returns, ratings of the window and of department steps, ~4% bad with a
// rectification ticket each. Then every submission day is marked dirty and refreshMetrics builds
// MetricRollup; everything is VACUUM ANALYZEd. Prints the time of each step and the row counts.
//
// A second run with the same sizes finds its marker (table _bench_data) and stops at once; --force (or
// other sizes) drops the database and generates it again. scripts/bench-metrics.ts (part of `npm run
// bench`) times the dashboard on it.
import pg from "pg";
import { applyMigrations } from "./lib/migrations.mjs";
import { runSeed } from "./seed";
import { admin, withDatabase } from "./lib/bench-support";
import { BENCH_DB, MARKER_TABLE, openBenchServer, readMarker, type BenchMarker } from "./lib/bench-db";

const NE = Number(process.env.BENCH_ENTERPRISES ?? 100_000);
const NA = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
/** The last day before which the 730 days of submissions lie; "now" of the data is that day, 18:00 Shanghai. */
const END = process.env.BENCH_END ?? "2026-11-20";
const FORCE = process.argv.includes("--force");
export const BENCH_NOW = `${END} 10:00:00`; // UTC, as every timestamp column stores

/** Relative frequency of a matter in applications (codes of the seeded catalog; others weigh 2). */
const WEIGHTS: Record<string, number> = {
  FOOD_OPERATION: 40,
  PREPACKAGED_FOOD_FILING: 30,
  OUTDOOR_SIGN_FILING: 22,
  LIQUOR_RETAIL: 18,
  TOBACCO_RETAIL: 15,
  PUBLIC_PLACE_HYGIENE: 12,
  FIRE_SAFETY_CHECK: 12,
  AD_PUBLISH_REGISTRATION: 8,
  FOREIGN_TRADE_OPERATOR_FILING: 8,
  DRUG_RETAIL: 7,
  MEDICAL_DEVICE_II_FILING: 7,
  PUBLICATION_RETAIL: 6,
  HOTEL_SPECIAL_TRADE: 6,
  ROAD_FREIGHT: 6,
  FOOD_PRODUCTION: 5,
  VEHICLE_REPAIR_FILING: 5,
  ENTERTAINMENT_VENUE: 4,
  INTERNET_CAFE: 4,
  DRAINAGE_PERMIT: 4,
  HR_SERVICE_FILING: 4,
  CLINIC_FILING: 3,
  MEDICAL_DEVICE_III: 3,
  SEAL_ENGRAVING: 3,
  LABOUR_DISPATCH: 3,
  ART_DEALER_FILING: 3,
};

const NOW = `TIMESTAMP '${BENCH_NOW}'`;

/** The generation, step by step; each one statement or a few. `r(x, salt)` is a hash-based uniform [0, 1). */
function steps(): Array<[string, string[]]> {
  const r = (x: string, salt: number) => `bench_r(${x}, ${salt})`;
  return [
    [
      "helpers and lookup tables",
      [
        `CREATE OR REPLACE FUNCTION bench_r(x bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
         $$ SELECT (hashint8extended(x, salt) & 2147483647)::float8 / 2147483648.0 $$`,
        // Working days → calendar time (5 of 7 days work), due at the end of that Shanghai day.
        `CREATE OR REPLACE FUNCTION bench_due(ts timestamp, wd int) RETURNS timestamp LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
         $$ SELECT date_trunc('day', ts + make_interval(hours => 8) + make_interval(days => ceil(wd * 1.4)::int)) + interval '16 hours' - interval '1 millisecond' $$`,
        `DROP TABLE IF EXISTS _bench_matter, _bench_slot, _bench_dept, _bench_app, _bench_item, _bench_task, _bench_appf, _bench_review`,
        `CREATE UNLOGGED TABLE _bench_matter WITH (autovacuum_enabled = off) AS
         SELECT row_number() OVER (ORDER BY m.code)::int AS n, m.id, m.code, m."departmentId" AS dept, m."reformMode"::text AS mode,
                m.kind::text AS kind, m."statutoryDays" AS sd, m."promisedDays" AS pd, m."processingType"::text AS pt,
                (SELECT count(*) FROM "MatterField" f WHERE f."matterId" = m.id)::int AS fields,
                (SELECT count(*) FROM "MaterialRequirement" q WHERE q."matterId" = m.id)::int AS mats,
                (SELECT q.id FROM "MaterialRequirement" q WHERE q."matterId" = m.id AND q."mayBePending" AND NOT q."isKey" ORDER BY q."sortOrder", q.id LIMIT 1) AS pend_req,
                coalesce((SELECT w.value::int FROM jsonb_each_text('${JSON.stringify(WEIGHTS)}'::jsonb) w WHERE w.key = m.code), 2) AS weight
         FROM "Matter" m WHERE m."isActive"`,
        // 1,000 slots, each naming a permit matter in proportion to its weight: a weighted pick is one hash join.
        `CREATE UNLOGGED TABLE _bench_slot WITH (autovacuum_enabled = off) AS
         WITH c AS (SELECT n, sum(weight) OVER (ORDER BY n) AS cum, sum(weight) OVER () AS tot FROM _bench_matter WHERE kind = 'PERMIT')
         SELECT s AS slot, (SELECT n FROM c WHERE c.cum * 1000.0 / c.tot > s ORDER BY n LIMIT 1) AS n FROM generate_series(0, 999) s`,
        // Every department, numbered (task ids), with an officer who requests corrections and answers tickets.
        `CREATE UNLOGGED TABLE _bench_dept WITH (autovacuum_enabled = off) AS
         SELECT d.id AS dept, row_number() OVER (ORDER BY d.id)::int AS dn,
                coalesce((SELECT u.id FROM "User" u WHERE u.role = 'DEPT_OFFICER' AND u."departmentId" = d.id ORDER BY (u.username LIKE 'dept-%') DESC, u.username LIMIT 1),
                         (SELECT min(u.id) FROM "User" u WHERE u.role = 'DEPT_OFFICER')) AS officer
         FROM "Department" d`,
      ],
    ],
    [
      `${NE.toLocaleString("en")} enterprises and their applicant accounts`,
      [
        `INSERT INTO "Enterprise" (id, uscc, name, "entityType", "registeredCapital", address, "legalRepName", "legalRepIdNumber", phone, industry, "establishedAt", "createdAt", "updatedAt")
         SELECT 'be' || g, '91310116BE' || lpad(g::text, 8, '0'), '基准' || g || '号企业有限公司',
                (ARRAY['有限责任公司', '有限责任公司', '有限责任公司', '个人独资企业', '股份有限公司'])[1 + (g % 5)],
                (10 + floor(${r("g", 21)} * 990))::numeric(18, 2) * 10000, '上海市金山区基准路' || g || '号',
                '基准法人' || g, '310116' || lpad((g % 100000000)::text, 8, '0') || '0012', '021-' || lpad((g % 10000000)::text, 8, '0'),
                ind.a[1 + g % array_length(ind.a, 1)],
                DATE '2010-01-01' + floor(${r("g", 22)} * 5800)::int, now(), now()
         FROM generate_series(1, ${NE}) g
         CROSS JOIN (SELECT array_agg(DISTINCT industry) AS a FROM "Matter" WHERE "isActive" AND industry <> '') ind`,
        `INSERT INTO "User" (id, username, "passwordHash", "displayName", role, "enterpriseId", "createdAt")
         SELECT 'bu' || g, 'bench-applicant-' || g, '!', '基准申请人' || g, 'APPLICANT', 'be' || g, now()
         FROM generate_series(1, ${NE}) g`,
      ],
    ],
    [
      "plan applications (status mix, submission days)",
      [
        // More submissions in recent months (density rising linearly over the 730 days).
        `CREATE UNLOGGED TABLE _bench_app WITH (autovacuum_enabled = off) AS
         SELECT g, ent, is_new, submitted, age, k, ret,
                CASE WHEN rs < 0.02 THEN 'WITHDRAWN' WHEN rs < 0.06 THEN 'RETURNED'
                     WHEN age < 1.5 AND rs < 0.75 THEN 'SUBMITTED'
                     WHEN age < 45 AND rs < 0.06 + 0.5 * (1 - age / 45) THEN 'ACCEPTED'
                     ELSE 'ISSUED' END AS pre,
                least(submitted + ${r("g", 9)} * interval '26 hours', ${NOW} - interval '1 hour') AS accepted
         FROM (
           SELECT g, 1 + (hashint8extended(g, 11) & 2147483647) % ${NE} AS ent, ${r("g", 3)} < 0.25 AS is_new, rs, ret, k, submitted,
                  extract(epoch FROM ${NOW} - submitted) / 86400 AS age
           FROM (
             SELECT g, ${r("g", 4)} AS rs, ${r("g", 5)} AS ret,
                    CASE WHEN ${r("g", 6)} < 0.30 THEN 1 WHEN ${r("g", 6)} < 0.58 THEN 2 WHEN ${r("g", 6)} < 0.78 THEN 3
                         WHEN ${r("g", 6)} < 0.90 THEN 4 WHEN ${r("g", 6)} < 0.97 THEN 5 ELSE 6 END AS k,
                    TIMESTAMP '${END}' - interval '730 days' + floor(730 * sqrt(${r("g", 1)})) * interval '1 day'
                      + interval '30 minutes' + ${r("g", 2)} * interval '11 hours 30 minutes' AS submitted
             FROM generate_series(1, ${NA}) g
           ) x
         ) y`,
      ],
    ],
    [
      "plan items (weighted matters, commitments)",
      [
        `CREATE UNLOGGED TABLE _bench_item WITH (autovacuum_enabled = off) AS
         SELECT i.g, i.j, i.mn, m.mode = 'COMMITMENT' AND ${r("i.g * 8 + i.j", 8)} < 0.4 AS use_c
         FROM (
           SELECT a.g, min(j) AS j, s.n AS mn
           FROM _bench_app a CROSS JOIN LATERAL generate_series(1, a.k) j
           JOIN _bench_slot s ON s.slot = floor(${r("a.g * 8 + j", 7)} * 1000)::int
           GROUP BY a.g, s.n
           UNION ALL
           SELECT a.g, 0, (SELECT n FROM _bench_matter WHERE kind = 'REGISTRATION' ORDER BY n LIMIT 1) FROM _bench_app a WHERE a.is_new
         ) i JOIN _bench_matter m ON m.n = i.mn
         WHERE i.mn IS NOT NULL`,
      ],
    ],
    [
      "plan department tasks (limits, decisions)",
      [
        // taskLimits: an INSTANT matter or one taken by commitment counts 0 days; promised ≤ statutory.
        // Of applications still in review, some tasks are open: most within their limit, a few overdue.
        `CREATE UNLOGGED TABLE _bench_task WITH (autovacuum_enabled = off) AS
         SELECT t.*, bench_due(t.disp, t.sd) AS sdue, bench_due(t.disp, t.pd) AS pdue,
                t.pre = 'ACCEPTED' AND (t.r4 < 0.03 OR (t.r4 < 0.35 AND bench_due(t.disp, t.pd) > ${NOW})) AS stuck,
                CASE WHEN t.rt < 0.90 THEN t.disp + (t.r2 * greatest(t.pd * 1.4, 0.2)) * interval '1 day'
                     WHEN t.rt < 0.985 THEN t.disp + ((t.pd + t.r2 * greatest(t.sd - t.pd, 1)) * 1.4 + 0.1) * interval '1 day'
                     ELSE t.disp + ((t.sd + 1 + t.r2 * 5) * 1.4) * interval '1 day' END AS cand
         FROM (
           SELECT i.g, m.dept, d.dn, d.officer,
                  max(CASE WHEN m.pt = 'INSTANT' OR (i.use_c AND m.mode = 'COMMITMENT') THEN 0 ELSE m.sd END) AS sd,
                  max(CASE WHEN m.pt = 'INSTANT' OR (i.use_c AND m.mode = 'COMMITMENT') THEN 0 ELSE least(m.pd, m.sd) END) AS pd,
                  CASE WHEN a.pre IN ('ACCEPTED', 'ISSUED') THEN a.accepted END AS disp,
                  ${r("i.g * 64 + d.dn", 12)} AS rt, ${r("i.g * 64 + d.dn", 13)} AS r2, ${r("i.g * 64 + d.dn", 14)} AS r3,
                  a.pre, ${r("i.g * 64 + d.dn", 15)} AS r4
           FROM _bench_item i JOIN _bench_matter m ON m.n = i.mn JOIN _bench_dept d ON d.dept = m.dept JOIN _bench_app a ON a.g = i.g
           WHERE m.mode IN ('OPTIMIZE', 'COMMITMENT')
           GROUP BY i.g, m.dept, d.dn, d.officer, a.pre, a.accepted
         ) t`,
        `ALTER TABLE _bench_task ADD COLUMN decided boolean`,
      ],
    ],
    [
      "settle application outcomes",
      [
        // An application planned as issued whose last decision would lie after "now" is still in review.
        `CREATE UNLOGGED TABLE _bench_appf WITH (autovacuum_enabled = off) AS
         SELECT a.*, f.fields_base, f.mats_base, f.has_pend_req, f.pend_req,
                t.ntasks, t.last_cand, t.all_done,
                CASE WHEN a.pre = 'RETURNED' THEN 1 + (a.ret < 0.2)::int WHEN a.pre <> 'WITHDRAWN' AND a.ret < 0.07 THEN 1 ELSE 0 END AS rc,
                CASE WHEN a.pre = 'ISSUED' AND coalesce(t.all_done, true) THEN 'ISSUED'
                     WHEN a.pre = 'ISSUED' THEN 'ACCEPTED'
                     WHEN a.pre = 'ACCEPTED' AND coalesce(t.all_done, true) THEN
                       CASE WHEN coalesce(t.last_cand, a.accepted) > ${NOW} - interval '2 days' THEN 'DECIDED' ELSE 'ISSUED' END
                     ELSE a.pre END AS status
         FROM _bench_app a
         JOIN (SELECT i.g, sum(m.fields)::int AS fields_base, sum(m.mats)::int AS mats_base,
                      bool_or(m.pend_req IS NOT NULL) AS has_pend_req, min(m.pend_req) AS pend_req
               FROM _bench_item i JOIN _bench_matter m ON m.n = i.mn GROUP BY i.g) f ON f.g = a.g
         LEFT JOIN (SELECT g, count(*)::int AS ntasks, max(cand) AS last_cand, bool_and(cand < ${NOW} AND NOT stuck) AS all_done
                    FROM _bench_task GROUP BY g) t ON t.g = a.g`,
        `ALTER TABLE _bench_appf ADD PRIMARY KEY (g)`,
        `UPDATE _bench_task t SET decided = CASE WHEN f.status IN ('ISSUED', 'DECIDED') THEN true
                                               WHEN f.status = 'ACCEPTED' THEN t.cand < ${NOW} AND NOT t.stuck
                                               ELSE false END
         FROM _bench_appf f WHERE f.g = t.g`,
      ],
    ],
    [
      `${NA.toLocaleString("en")} applications`,
      [
        `INSERT INTO "Application" (id, "applicantId", "enterpriseId", status, registration, "fieldsBaseline", "fieldsTyped", "materialsBaseline", "materialsSubmitted",
                                    "submittedAt", "acceptedAt", "returnedAt", "returnReason", "returnProblems", "returnCount", "decidedAt", "issuedAt", "workingDaysTaken", "createdAt", "updatedAt")
         SELECT 'ba' || f.g, 'bu' || f.ent,
                CASE WHEN f.is_new AND f.status <> 'ISSUED' THEN NULL ELSE 'be' || f.ent END,
                f.status::"ApplicationStatus",
                CASE WHEN f.is_new THEN jsonb_build_object('name', '基准' || f.ent || '号企业有限公司', 'entityType', '有限责任公司') END,
                f.fields_base, round(f.fields_base * (0.15 + 0.15 * ${r("f.g", 31)}))::int,
                f.mats_base, round(f.mats_base * (0.10 + 0.20 * ${r("f.g", 32)}))::int,
                f.submitted,
                CASE WHEN f.status IN ('ACCEPTED', 'DECIDED', 'ISSUED') THEN f.accepted END,
                CASE WHEN f.rc > 0 THEN least(f.submitted + interval '20 hours', ${NOW} - interval '1 hour') END,
                CASE WHEN f.rc > 0 THEN '材料不齐：经营场所租赁合同未签字' END,
                CASE WHEN f.rc > 0 THEN '[{"documentKey":"lease","name":"经营场所租赁合同","problem":"未签字"}]'::jsonb END,
                f.rc,
                CASE WHEN f.status IN ('DECIDED', 'ISSUED') THEN greatest(f.accepted, f.last_cand) END,
                CASE WHEN f.status = 'ISSUED' THEN least(greatest(f.accepted, coalesce(f.last_cand, f.accepted)) + ${r("f.g", 33)} * interval '5 hours', ${NOW}) END,
                CASE WHEN f.status = 'ISSUED' THEN round(extract(epoch FROM greatest(f.accepted, coalesce(f.last_cand, f.accepted)) - f.submitted) / 86400 * 5 / 7)::int END,
                f.submitted - interval '40 minutes', f.submitted
         FROM _bench_appf f`,
      ],
    ],
    [
      "approval tasks",
      [
        // A task with an open correction has its clock paused: no due dates while it waits.
        `INSERT INTO "ApprovalTask" (id, "applicationId", "departmentId", "assigneeId", status, "dispatchedAt", "statutoryDays", "promisedDays",
                                     "statutoryDueAt", "promisedDueAt", "pausedDays", "pausedSince", "decidedAt", "decisionReason", version)
         SELECT 'bt' || t.g || '.' || t.dn, 'ba' || t.g, t.dept, CASE WHEN t.disp IS NOT NULL THEN t.officer END,
                (CASE WHEN t.decided THEN CASE WHEN t.r3 < 0.01 THEN 'REJECTED' ELSE 'APPROVED' END
                      WHEN t.disp IS NULL THEN 'PENDING'
                      WHEN t.r3 < 0.30 THEN 'PENDING' WHEN t.r3 < 0.80 THEN 'IN_REVIEW' WHEN t.r3 < 0.92 THEN 'CORRECTION_REQUESTED' ELSE 'ONSITE_CHECK' END)::"TaskStatus",
                t.disp, CASE WHEN t.disp IS NOT NULL THEN t.sd ELSE 0 END, CASE WHEN t.disp IS NOT NULL THEN t.pd ELSE 0 END,
                CASE WHEN t.disp IS NOT NULL AND NOT (NOT t.decided AND t.r3 >= 0.80 AND t.r3 < 0.92) THEN t.sdue END,
                CASE WHEN t.disp IS NOT NULL AND NOT (NOT t.decided AND t.r3 >= 0.80 AND t.r3 < 0.92) THEN t.pdue END,
                CASE WHEN t.decided AND t.rt >= 0.95 THEN 1 + floor(t.r2 * 3)::int ELSE 0 END,
                CASE WHEN NOT t.decided AND t.disp IS NOT NULL AND t.r3 >= 0.80 AND t.r3 < 0.92 THEN least(t.disp + interval '1 day', ${NOW} - interval '1 hour') END,
                CASE WHEN t.decided THEN t.cand END,
                CASE WHEN t.decided AND t.r3 < 0.01 THEN '不符合许可条件：经营场所面积不足' END,
                CASE WHEN t.decided THEN 1 ELSE 0 END
         FROM _bench_task t`,
      ],
    ],
    [
      "application items",
      [
        `INSERT INTO "ApplicationItem" (id, "applicationId", "matterId", "taskId", status, "useCommitment", "receiptNumber", "decidedAt")
         SELECT 'bi' || i.g || '.' || i.j, 'ba' || i.g, m.id, CASE WHEN t.g IS NOT NULL THEN 'bt' || t.g || '.' || t.dn END,
                (CASE WHEN m.mode = 'FILING' THEN 'FILED' WHEN m.mode = 'CANCEL' THEN 'NOT_REQUIRED'
                      WHEN t.decided AND t.r3 < 0.01 THEN 'REJECTED'
                      WHEN t.decided AND f.status = 'ISSUED' THEN 'ISSUED'
                      WHEN t.decided THEN 'APPROVED'
                      WHEN t.disp IS NOT NULL THEN 'IN_REVIEW' ELSE 'PENDING' END)::"ApplicationItemStatus",
                i.use_c,
                CASE WHEN m.mode = 'FILING' THEN 'BA' || to_char(f.submitted + interval '8 hours', 'YYYYMMDD') || '-BI' || i.g || '.' || i.j END,
                CASE WHEN m.mode IN ('FILING', 'CANCEL') THEN f.submitted WHEN t.decided THEN t.cand END
         FROM _bench_item i JOIN _bench_matter m ON m.n = i.mn JOIN _bench_appf f ON f.g = i.g
         LEFT JOIN _bench_task t ON t.g = i.g AND t.dept = m.dept AND m.mode IN ('OPTIMIZE', 'COMMITMENT')`,
      ],
    ],
    [
      "corrections (补正) and pending materials (容缺)",
      [
        // Answered corrections on ~5% of decided tasks (they paused the clock), open ones where a task waits.
        `INSERT INTO "TaskCorrection" (id, "taskId", "requestedById", "requestedAt", request, "answeredById", "answeredAt", answer)
         SELECT 'bc' || t.g || '.' || t.dn, 'bt' || t.g || '.' || t.dn, t.officer,
                t.disp + interval '2 hours', '请补充经营场所平面图（标注功能分区）',
                CASE WHEN t.decided THEN 'bu' || f.ent END,
                CASE WHEN t.decided THEN t.disp + interval '2 hours' + (t.cand - t.disp) / 2 END,
                CASE WHEN t.decided THEN '已补充平面图' END
         FROM _bench_task t JOIN _bench_appf f ON f.g = t.g
         WHERE t.disp IS NOT NULL AND ((t.decided AND t.rt >= 0.95) OR (NOT t.decided AND t.r3 >= 0.80 AND t.r3 < 0.92))`,
        `INSERT INTO "PendingMaterial" (id, "applicationId", "requirementId", deadline, status, "supplementedAt")
         SELECT 'bp' || f.g, 'ba' || f.g, f.pend_req, bench_due(f.accepted, 5),
                (CASE WHEN f.status IN ('ISSUED', 'DECIDED') THEN 'SUPPLEMENTED'
                      WHEN bench_due(f.accepted, 5) > ${NOW} THEN CASE WHEN ${r("f.g", 41)} < 0.5 THEN 'OPEN' ELSE 'SUPPLEMENTED' END
                      WHEN ${r("f.g", 41)} < 0.3 THEN 'OVERDUE' ELSE 'SUPPLEMENTED' END)::"PendingMaterialStatus",
                CASE WHEN f.status IN ('ISSUED', 'DECIDED') OR ${r("f.g", 41)} >= 0.5 OR (bench_due(f.accepted, 5) <= ${NOW} AND ${r("f.g", 41)} >= 0.3)
                     THEN least(f.accepted + (1 + ${r("f.g", 42)} * 4) * interval '1 day', ${NOW} - interval '1 minute') END
         FROM _bench_appf f
         WHERE f.has_pend_req AND f.status IN ('ACCEPTED', 'DECIDED', 'ISSUED') AND ${r("f.g", 40)} < 0.14`,
      ],
    ],
    [
      "service ratings (好差评) and rectification tickets",
      [
        // Issued applications rate the window (~30%) and/or one department step (~15%); ~4% of ratings bad.
        `CREATE UNLOGGED TABLE _bench_review WITH (autovacuum_enabled = off) AS
         SELECT x.*,
                CASE WHEN x.bad THEN 1 + floor(${r("x.h", 51)} * 2)::int
                     ELSE CASE WHEN ${r("x.h", 51)} < 0.62 THEN 5 WHEN ${r("x.h", 51)} < 0.90 THEN 4 ELSE 3 END END AS overall,
                CASE WHEN NOT x.bad THEN NULL
                     WHEN x.age < 1 THEN 'OPEN'
                     WHEN x.age < 25 THEN CASE WHEN ${r("x.h", 52)} < 0.10 THEN 'OPEN' WHEN ${r("x.h", 52)} < 0.55 THEN 'CALLED_BACK' WHEN ${r("x.h", 52)} < 0.85 THEN 'RECTIFIED' ELSE 'CLOSED' END
                     ELSE CASE WHEN ${r("x.h", 52)} < 0.02 THEN 'OPEN' WHEN ${r("x.h", 52)} < 0.07 THEN 'CALLED_BACK' WHEN ${r("x.h", 52)} < 0.35 THEN 'RECTIFIED' ELSE 'CLOSED' END END AS ticket
         FROM (
           SELECT f.g, f.g * 2 AS h, 'w' AS suffix, NULL::text AS dept, 'WINDOW' AS unit, 'bu' || f.ent AS uid,
                  f.ii + (1 + ${r("f.g", 53)} * 72) * interval '1 hour' AS created,
                  extract(epoch FROM ${NOW} - (f.ii + interval '1 hour')) / 86400 AS age, ${r("f.g", 54)} < 0.04 AS bad
           FROM (SELECT g, ent, least(greatest(accepted, coalesce(last_cand, accepted)), ${NOW} - interval '74 hours') AS ii, status FROM _bench_appf) f
           WHERE f.status = 'ISSUED' AND ${r("f.g", 50)} < 0.30
           UNION ALL
           SELECT t.g, t.g * 2 + 1, 'd', t.dept, t.dept, 'bu' || f.ent,
                  least(t.cand, ${NOW} - interval '74 hours') + (1 + ${r("t.g", 55)} * 72) * interval '1 hour',
                  extract(epoch FROM ${NOW} - least(t.cand, ${NOW} - interval '74 hours')) / 86400, ${r("t.g", 56)} < 0.04
           FROM (SELECT DISTINCT ON (g) g, dept, cand FROM _bench_task WHERE decided ORDER BY g, dn) t JOIN _bench_appf f ON f.g = t.g
           WHERE f.status = 'ISSUED' AND ${r("t.g", 57)} < 0.15
         ) x`,
        `INSERT INTO "ServiceReview" (id, "applicationId", "departmentId", "unitKey", round, "userId", overall, efficiency, "guideAccuracy", convenience, usability, comment, "supersededAt", "createdAt")
         SELECT 'bsr' || v.g || v.suffix, 'ba' || v.g, v.dept, v.unit, 1, v.uid, v.overall,
                greatest(1, least(5, v.overall + floor(${r("v.h", 61)} * 3)::int - 1)), greatest(1, least(5, v.overall + floor(${r("v.h", 62)} * 3)::int - 1)),
                greatest(1, least(5, v.overall + floor(${r("v.h", 63)} * 3)::int - 1)), greatest(1, least(5, v.overall + floor(${r("v.h", 64)} * 3)::int - 1)),
                CASE WHEN v.overall <= 2 THEN '办理时间太长，电话一直无人接听' WHEN v.overall = 5 THEN '一次办成，非常方便' ELSE '' END,
                CASE WHEN v.ticket = 'CLOSED' THEN v.created + interval '12 days' END,
                v.created
         FROM _bench_review v`,
        // The one re-rating after rectification (round 2) of every closed ticket.
        `INSERT INTO "ServiceReview" (id, "applicationId", "departmentId", "unitKey", round, "userId", overall, efficiency, "guideAccuracy", convenience, usability, comment, "createdAt")
         SELECT 'bsr' || v.g || v.suffix || '2', 'ba' || v.g, v.dept, v.unit, 2, v.uid, 3 + floor(${r("v.h", 65)} * 3)::int, 4, 4, 4, 4, '整改及时，问题已解决', v.created + interval '12 days'
         FROM _bench_review v WHERE v.ticket = 'CLOSED'`,
        `INSERT INTO "RectificationTicket" (id, "reviewId", "applicationId", "departmentId", status, "openedAt", "callbackDueAt", "fixDueAt",
                                            "calledBackAt", "callbackById", "callbackNote", "rectifiedAt", "rectifiedById", "rectificationNote", "rerateReviewId", "closedAt", version)
         SELECT 'btk' || v.g || v.suffix, 'bsr' || v.g || v.suffix, 'ba' || v.g, v.dept, v.ticket::"TicketStatus", v.created,
                bench_due(v.created, 1), bench_due(v.created, 15),
                CASE WHEN v.ticket <> 'OPEN' THEN v.created + interval '5 hours' END,
                CASE WHEN v.ticket <> 'OPEN' THEN coalesce(d.officer, w.id) END,
                CASE WHEN v.ticket <> 'OPEN' THEN '已电话回访，说明情况并致歉' END,
                CASE WHEN v.ticket IN ('RECTIFIED', 'CLOSED') THEN v.created + interval '9 days' END,
                CASE WHEN v.ticket IN ('RECTIFIED', 'CLOSED') THEN coalesce(d.officer, w.id) END,
                CASE WHEN v.ticket IN ('RECTIFIED', 'CLOSED') THEN '已调整窗口排班，增设咨询专线' END,
                CASE WHEN v.ticket = 'CLOSED' THEN 'bsr' || v.g || v.suffix || '2' END,
                CASE WHEN v.ticket = 'CLOSED' THEN v.created + interval '12 days' END,
                CASE v.ticket WHEN 'OPEN' THEN 0 WHEN 'CALLED_BACK' THEN 1 WHEN 'RECTIFIED' THEN 2 ELSE 3 END
         FROM _bench_review v
         LEFT JOIN _bench_dept d ON d.dept = v.dept
         CROSS JOIN (SELECT min(id) AS id FROM "User" WHERE role = 'WINDOW_OFFICER') w
         WHERE v.bad`,
      ],
    ],
    [
      "drop the planning tables",
      [`DROP TABLE IF EXISTS _bench_matter, _bench_slot, _bench_dept, _bench_app, _bench_item, _bench_task, _bench_appf, _bench_review`],
    ],
  ];
}

const COUNTED = [
  "Enterprise",
  "User",
  "Application",
  "ApplicationItem",
  "ApprovalTask",
  "TaskCorrection",
  "PendingMaterial",
  "ServiceReview",
  "RectificationTicket",
  "MetricDirtyDay",
  "MetricRollup",
];

function secs(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await fn();
  console.log(`  ${label.padEnd(58)} ${secs(performance.now() - start).padStart(9)}`);
  return out;
}

async function main() {
  const server = await openBenchServer();
  try {
    const marker = await readMarker(server.url);
    if (marker && marker.enterprises === NE && marker.applications === NA && marker.endDate === END && !FORCE) {
      console.log(
        `onelicence_bench already holds ${NA.toLocaleString("en")} applications / ${NE.toLocaleString("en")} enterprises ` +
          `(generated ${marker.generatedAt} in ${marker.seconds.toFixed(0)} s): nothing to do. --force regenerates it.`,
      );
      return;
    }
    const started = performance.now();
    console.log(`Generating onelicence_bench: ${NA.toLocaleString("en")} applications, ${NE.toLocaleString("en")} enterprises, 730 days before ${END}`);
    await timed("drop, create, migrate, seed", async () => {
      await admin(server.url, `DROP DATABASE IF EXISTS "${BENCH_DB}" WITH (FORCE)`);
      await admin(server.url, `CREATE DATABASE "${BENCH_DB}"`);
      await applyMigrations(server.url);
      await runSeed(server.url);
    });

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      await client.query(`SET statement_timeout = 0`);
      await client.query(`SET work_mem = '256MB'`);
      await client.query(`SET maintenance_work_mem = '1GB'`);
      await client.query(`SET synchronous_commit = off`);
      try {
        // Triggers (the metric ones, and the FK checks: every row here is built to satisfy them) stay off
        // for the bulk load; the rollup is built from every submission day afterwards.
        await client.query(`SET session_replication_role = replica`);
      } catch (e) {
        console.log(`  (session_replication_role = replica refused: ${(e as Error).message}; loading with triggers on)`);
      }
      for (const [label, sqls] of steps()) {
        await timed(label, async () => {
          for (const sql of sqls) await client.query(sql);
        });
      }
      await client.query(`SET session_replication_role = DEFAULT`);
      await timed("VACUUM ANALYZE", () => client.query(`VACUUM (ANALYZE)`));

      process.env.DATABASE_URL = server.url;
      const { refreshMetrics } = await import("@/lib/metrics/refresh-metrics");
      await timed("mark every submission day dirty", async () => {
        await client.query(`TRUNCATE "MetricDirtyDay"`);
        await client.query(`INSERT INTO "MetricDirtyDay"(day) SELECT DISTINCT metric_day("submittedAt") FROM "Application" WHERE "submittedAt" IS NOT NULL`);
      });
      await timed("refreshMetrics (30 days at a time) → MetricRollup", async () => {
        let total = 0;
        for (;;) {
          const { days, remaining } = await refreshMetrics({ maxDays: 30 });
          total += days;
          process.stdout.write(`\r    ${total} days refreshed, ${remaining} to go   `);
          if (remaining === 0 || days === 0) break;
        }
        process.stdout.write("\n");
      });
      await timed("ANALYZE", () => client.query(`VACUUM (ANALYZE) "MetricRollup"`).then(() => client.query(`ANALYZE`)));

      const seconds = (performance.now() - started) / 1000;
      console.log(`\nRow counts:`);
      for (const t of COUNTED) {
        const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM "${t}"`);
        console.log(`  ${t.padEnd(22)} ${Number(rows[0].n).toLocaleString("en").padStart(12)}`);
      }
      const { rows: size } = await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`);
      console.log(`  database size          ${String(size[0].s).padStart(12)}`);
      const data: BenchMarker = { enterprises: NE, applications: NA, endDate: END, generatedAt: new Date().toISOString(), seconds };
      await client.query(`CREATE TABLE IF NOT EXISTS "${MARKER_TABLE}" (id serial PRIMARY KEY, data jsonb NOT NULL)`);
      await client.query(`INSERT INTO "${MARKER_TABLE}" (data) VALUES ($1)`, [JSON.stringify(data)]);
      console.log(`\nonelicence_bench ready in ${secs(seconds * 1000)} (${withDatabase(server.url, BENCH_DB).replace(/:[^:@/]+@/, ":***@")})`);
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
