// The database's onelicence_name_key (prisma/sql/name-key.sql), behind the name-check index, says what
// normaliseName says, for names typed every way the check must see through; and the partial index exists.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { normaliseName } from "@/lib/forms/name-check";

const NAMES = [
  "上海金山枫味餐饮管理有限公司",
  " 上海 金山　枫味餐饮管理 有限责任公司 ",
  "上海金山枫味（餐饮）管理股份有限公司",
  "上海金山ＡＢＣ科技有限公司",
  "上海金山abc科技公司",
  "上海“晨光”便利店",
  "上海金山晨光-便利店·普通合伙企业",
  "O'Brien 上海贸易有限公司",
  "上海\\金山|贸易",
  "上海\t金山\r\n贸易有限公司",
];

describe("onelicence_name_key", () => {
  it("equals normaliseName for every way of typing a name", async () => {
    for (const name of NAMES) {
      const [row] = await getDb().$queryRawUnsafe<{ key: string }[]>("SELECT onelicence_name_key($1) AS key", name);
      expect(row!.key, name).toBe(normaliseName(name));
    }
  });

  it("is indexed for active enterprises", async () => {
    const rows = await getDb().$queryRawUnsafe<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'Enterprise' AND indexname = 'Enterprise_name_key_v1'`,
    );
    expect(rows[0]?.indexdef).toMatch(/onelicence_name_key\(name\).*WHERE.*ACTIVE/);
  });
});
