/** Load the highlight categories from categories.json (a copy of the repository's shared/categories.json). */

export async function loadCategories(url = new URL("./categories.json", import.meta.url)) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load categories (${response.status})`);
  return (await response.json()).categories;
}
