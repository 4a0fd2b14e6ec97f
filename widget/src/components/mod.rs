//! The visible parts. Each renders its props and reports user input through callbacks; none
//! holds state or calls the engine.

mod facet_group;
mod help_block;
mod result_list;
mod search_box;

pub use facet_group::{FacetGroup, FacetOption};
pub use help_block::HelpBlock;
pub use result_list::ResultList;
pub use search_box::SearchBox;

/// An `https:` link or nothing: catalogue text never becomes a script URL.
pub fn safe_href(url: &str) -> Option<String> {
    url.starts_with("https://").then(|| url.to_string())
}
