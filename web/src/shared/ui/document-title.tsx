/** Sets the browser tab's title (React 19 moves `<title>` into the document head). */
export function DocumentTitle({ title }: { title: string }) {
  return <title>{`${title} · Veldwerk`}</title>;
}
