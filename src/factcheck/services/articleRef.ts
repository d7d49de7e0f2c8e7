/** How a claim names its article (`<collection>:<id>`); imported by the admin UI too, so it has no Node imports. */
export const articleRefOf = (collection: string, id: number | string) => `${collection}:${id}`
