// catalog: strings owned by this feature.
const catalog = {
  title: "TODO",
} as const;

export default catalog;
