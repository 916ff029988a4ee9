//! The road network between towns: a petgraph graph with km on its edges, shortest distances by
//! Dijkstra's algorithm, and the path itself for people ("Tiznit → Agadir → Taroudant").

use petgraph::algo::dijkstra;
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

/// Towns (by index) joined by roads (km).
#[derive(Debug, Clone)]
pub struct Roads {
    graph: UnGraph<usize, f64>,
    /// `km[a][b]`: the shortest road distance, None when no road leads there.
    km: Vec<Vec<Option<f64>>>,
}

impl Roads {
    /// Builds the network of `towns` towns from `(a, b, km)` roads; distances are computed once.
    ///
    /// ```
    /// use caravane::tour::roads::Roads;
    /// // Agadir (0) – Inezgane (1) 13 km, Inezgane – Taroudant (2) 75 km, Agadir – Taroudant 85 km.
    /// let roads = Roads::new(3, &[(0, 1, 13.0), (1, 2, 75.0), (0, 2, 85.0)]);
    /// assert_eq!(roads.km(0, 2), Some(85.0));
    /// assert_eq!(roads.path(1, 0), Some(vec![1, 0]));
    /// ```
    pub fn new(towns: usize, roads: &[(usize, usize, f64)]) -> Roads {
        let mut graph = UnGraph::with_capacity(towns, roads.len());
        for t in 0..towns {
            graph.add_node(t);
        }
        for &(a, b, km) in roads {
            graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), km);
        }
        let km = (0..towns)
            .map(|a| {
                let from = dijkstra(&graph, NodeIndex::new(a), None, |e| *e.weight());
                (0..towns)
                    .map(|b| from.get(&NodeIndex::new(b)).copied())
                    .collect()
            })
            .collect();
        Roads { graph, km }
    }

    /// Number of towns.
    pub fn towns(&self) -> usize {
        self.km.len()
    }

    /// The shortest road distance from `a` to `b`, None when no road leads there.
    pub fn km(&self, a: usize, b: usize) -> Option<f64> {
        self.km[a][b]
    }

    /// The towns along a shortest road from `a` to `b`, both included. Among equally short
    /// roads, walking back from `b`, the town listed first is taken at each step, so the answer
    /// never varies.
    pub fn path(&self, a: usize, b: usize) -> Option<Vec<usize>> {
        self.km[a][b]?;
        // Walk back from b: the previous town is a neighbour whose distance from a plus the
        // road's length gives b's distance.
        let mut path = vec![b];
        let mut at = b;
        while at != a {
            let d = self.km[a][at]?;
            let mut before: Vec<usize> = self
                .graph
                .edges(NodeIndex::new(at))
                .filter_map(|e| {
                    let other = if e.source().index() == at {
                        e.target().index()
                    } else {
                        e.source().index()
                    };
                    let via = self.km[a][other]?;
                    ((via + e.weight() - d).abs() <= 1e-9 * d.max(1.0) && via < d).then_some(other)
                })
                .collect();
            before.sort_unstable();
            at = *before.first()?;
            path.push(at);
        }
        path.reverse();
        Some(path)
    }

    /// The length of a route through the towns in order (None when a leg has no road).
    pub fn route_km(&self, towns: &[usize]) -> Option<f64> {
        towns.windows(2).map(|w| self.km(w[0], w[1])).sum()
    }
}
