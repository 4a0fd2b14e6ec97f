//! The search pipeline: the stages a [`Query`](crate::Query) passes through once, in this order,
//! in [`Engine::search`](crate::Engine::search). Each stage is one function in its own module
//! and hands the next one named value:
//!
//! 1. [`understand`]: the typed text as stems, the age window, the chosen filters, the situation
//!    the query describes, who is typing and the topics the text names → an
//!    [`Understood`](understand::Understood) query.
//! 2. [`candidates`]: the materials the text matches, from the tier's
//!    [`TextScorer`](crate::scorer) (the one place the tiers differ), plus the situation's
//!    materials the words missed → [`Candidate`](candidates::Candidate)s.
//! 3. [`filter`]: the hard filters the user chose → the candidates that pass.
//! 4. [`fit`]: each passing candidate's score (text relevance plus the fit to the profile), in
//!    the chosen order → the [`Ranked`](fit::Ranked) list.
//! 5. [`explain`]: the requested page of it as [`Hit`](crate::Hit)s with snippet and reasons,
//!    and the situation's advice and helplines.
//! 6. [`facet_counts`]: per value of every filter facet, the results if the user added it.
//! 7. [`suggest`]: the filter to drop when results are few, and the spelling correction.
//!
//! Every stage reads the engine's data (`&Engine`) and never changes it; nothing runs twice.

pub(crate) mod candidates;
pub(crate) mod explain;
pub(crate) mod facet_counts;
pub(crate) mod filter;
pub(crate) mod fit;
pub(crate) mod suggest;
pub(crate) mod understand;
