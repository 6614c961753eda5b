// guide: strings owned by this feature.
const guide = {
  title: "TODO",
} as const;

export default guide;
