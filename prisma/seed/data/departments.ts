// Departments of a Shanghai district (金山区, the district of seeds/000) plus the two municipal bureaus
// that still decide some matters themselves. Shanghai is a province-level municipality, so its
// municipal bureaus carry AdminLevel PROVINCE.
import type { DepartmentSeed } from "./types";

export const departments: DepartmentSeed[] = [
  { code: "SCJG", name: "上海市金山区市场监督管理局", shortName: "区市场监管局", level: "DISTRICT" },
  { code: "SWW", name: "上海市金山区商务委员会", shortName: "区商务委", level: "DISTRICT" },
  { code: "YCJ", name: "上海市金山区烟草专卖局", shortName: "区烟草专卖局", level: "DISTRICT" },
  { code: "WHLY", name: "上海市金山区文化和旅游局", shortName: "区文化旅游局", level: "DISTRICT" },
  { code: "WSJK", name: "上海市金山区卫生健康委员会", shortName: "区卫生健康委", level: "DISTRICT" },
  { code: "GAFJ", name: "上海市公安局金山分局", shortName: "金山公安分局", level: "DISTRICT" },
  { code: "XFJY", name: "上海市金山区消防救援支队", shortName: "区消防救援支队", level: "DISTRICT" },
  { code: "LHSR", name: "上海市金山区绿化和市容管理局", shortName: "区绿化市容局", level: "DISTRICT" },
  { code: "TYJ", name: "上海市金山区体育局", shortName: "区体育局", level: "DISTRICT" },
  { code: "JTW", name: "上海市金山区交通委员会", shortName: "区交通委", level: "DISTRICT" },
  { code: "RSJ", name: "上海市金山区人力资源和社会保障局", shortName: "区人力资源社会保障局", level: "DISTRICT" },
  { code: "STHJ", name: "上海市金山区生态环境局", shortName: "区生态环境局", level: "DISTRICT" },
  { code: "JSGL", name: "上海市金山区建设和管理委员会", shortName: "区建设管理委", level: "DISTRICT" },
  { code: "YJGL", name: "上海市金山区应急管理局", shortName: "区应急管理局", level: "DISTRICT" },
  { code: "NYNC", name: "上海市金山区农业农村委员会", shortName: "区农业农村委", level: "DISTRICT" },
  { code: "GHZY", name: "上海市金山区规划和自然资源局", shortName: "区规划资源局", level: "DISTRICT" },
  { code: "MZJ", name: "上海市金山区民政局", shortName: "区民政局", level: "DISTRICT" },
  { code: "JYJ", name: "上海市金山区教育局", shortName: "区教育局", level: "DISTRICT" },
  { code: "SWJ", name: "上海市金山区水务局", shortName: "区水务局", level: "DISTRICT" },
  { code: "FGW", name: "上海市金山区发展和改革委员会", shortName: "区发展改革委", level: "DISTRICT" },
  { code: "FGJ", name: "上海市金山区房屋管理局", shortName: "区房管局", level: "DISTRICT" },
  { code: "SYJJ", name: "上海市药品监督管理局", shortName: "市药品监管局", level: "PROVINCE" },
  { code: "SSCJ", name: "上海市市场监督管理局", shortName: "市市场监管局", level: "PROVINCE" },
];
