// ratings: strings of this area (zh-CN, default and complete) — 好差评, rectification tickets, public ranking.
const ratings = {
  publicLink: "好差评公示",
};

export default ratings;
