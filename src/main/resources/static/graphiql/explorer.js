// Opens GraphiQL on this application's endpoint, with the example operations as tabs.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
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
    }));
  });
