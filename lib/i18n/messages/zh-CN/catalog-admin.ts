// catalogAdmin: strings owned by this feature.
const catalogAdmin = {
  title: "TODO",
} as const;

export default catalogAdmin;
