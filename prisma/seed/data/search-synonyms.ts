// 检索同义词: everyday words people type into the catalog search and the catalog wording they mean
// (issue 15 part 5). Seeded once; the regulator maintains them at /regulator/synonyms beside the scope terms.
// A query containing a word is also searched with the word replaced by its target (lib/catalog/synonyms.ts).
export interface SearchSynonymSeed {
  word: string;
  target: string;
}

export const searchSynonyms: SearchSynonymSeed[] = [
  { word: "宾馆", target: "旅馆" },
  { word: "酒店", target: "旅馆" },
  { word: "民宿", target: "旅馆" },
  { word: "招待所", target: "旅馆" },
  { word: "宾馆", target: "公共场所卫生" },
  { word: "酒店", target: "公共场所卫生" },
  { word: "药店", target: "药品零售" },
  { word: "药房", target: "药品零售" },
  { word: "网吧", target: "上网服务" },
  { word: "网咖", target: "上网服务" },
  { word: "健身", target: "体育" },
  { word: "游泳", target: "体育" },
  { word: "游泳", target: "公共场所卫生" },
  { word: "滑雪", target: "体育" },
  { word: "便利店", target: "预包装食品" },
  { word: "超市", target: "食品经营" },
  { word: "饭店", target: "食品经营" },
  { word: "餐馆", target: "食品经营" },
  { word: "奶茶", target: "食品经营" },
  { word: "烟酒", target: "烟草专卖" },
  { word: "烟酒", target: "酒类" },
  { word: "香烟", target: "烟草专卖" },
  { word: "书店", target: "出版物" },
  { word: "KTV", target: "娱乐场所" },
  { word: "歌厅", target: "娱乐场所" },
  { word: "美容", target: "公共场所卫生" },
  { word: "理发", target: "公共场所卫生" },
  { word: "宠物医院", target: "动物诊疗" },
  { word: "刻章", target: "公章刻制" },
  { word: "修车", target: "机动车维修" },
  { word: "汽修", target: "机动车维修" },
  { word: "店招", target: "户外招牌" },
];
