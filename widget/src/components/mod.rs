//! The visible parts. Each renders its props and reports user input through callbacks; none
//! holds state or calls the engine for results.

mod chips;
mod facet_group;
mod help_block;
mod no_results;
mod quick_exit;
mod result_list;
mod search_box;
mod shortlist;
mod situation_help;
mod sort_picker;
mod start;

pub use chips::Chips;
pub use facet_group::{FacetGroup, FacetOption};
pub use help_block::HelpBlock;
pub use no_results::NoResults;
pub use quick_exit::QuickExit;
pub use result_list::ResultList;
pub use search_box::SearchBox;
pub use shortlist::Shortlist;
pub use situation_help::SituationHelpBlock;
pub use sort_picker::SortPicker;
pub use start::Start;

/// An `https:` link or nothing: catalogue text never becomes a script URL.
pub fn safe_href(url: &str) -> Option<String> {
    url.starts_with("https://").then(|| url.to_string())
}
