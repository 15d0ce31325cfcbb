// Opens GraphiQL on this application's endpoint, with the example operations as tabs.
// A page's "open in GraphiQL" link carries its query and variables:
// /graphiql?query=...&variables=... opens them in a tab of their own.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const params = new URLSearchParams(window.location.search);
const linked = { query: params.get('query') ?? undefined, variables: params.get('variables') ?? undefined };
fetch('/graphiql/examples')
  .then((response) => response.ok ? response.json() : [])
  .catch(() => [])
  .then((examples) => {
    const tabs = examples.map((e) => ({ query: e.query }));
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: tabs.length ? tabs[0].query : undefined,
      defaultTabs: tabs.length ? tabs : undefined,
      defaultEditorToolsVisibility: true,
      query: linked.query,
      variables: linked.variables,
    }));
  });
