// scope: strings owned by this feature.
const scope = {
  title: "TODO",
} as const;

export default scope;
