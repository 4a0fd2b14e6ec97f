//! Every fixed text the widget shows, by name. The words themselves are data, one file per
//! language (`i18n/nl.toml`, the master text, `i18n/en.toml`, …); labels of facet values come
//! from the vocabulary.

use preventiewijzer_engine::Lang;

#[derive(Clone, Copy)]
pub enum Msg {
    ResultsHeading,
    SearchLabel,
    SearchPlaceholder,
    Filters,
    ForWhom,
    Age,
    AgeHint,
    SchoolLevel,
    AnySchoolLevel,
    Topics,
    RiskGroups,
    Formats,
    Costs,
    Evidence,
    SortLabel,
    SortRelevance,
    SortEvidence,
    ClearAll,
    RemoveFilter,
    Results,
    OneResult,
    NoResults,
    FewResults,
    Without,
    DidYouMean,
    ShowMore,
    Help,
    Call,
    Publisher,
    Save,
    Saved,
    Shortlist,
    Print,
    PrintHeading,
    ShareLink,
    LinkCopied,
    QuickExit,
    QuickExitHint,
    StartHeading,
    StartHint,
    SituationAdvice,
    SituationClear,
}

impl Msg {
    /// The key of this text in `i18n/<lang>.toml`.
    pub fn key(self) -> &'static str {
        use Msg::*;
        match self {
            ResultsHeading => "widget.results_heading",
            SearchLabel => "widget.search_label",
            SearchPlaceholder => "widget.search_placeholder",
            Filters => "widget.filters",
            ForWhom => "widget.for_whom",
            Age => "widget.age",
            AgeHint => "widget.age_hint",
            SchoolLevel => "widget.school_level",
            AnySchoolLevel => "widget.any_school_level",
            Topics => "widget.topics",
            RiskGroups => "widget.risk_groups",
            Formats => "widget.formats",
            Costs => "widget.costs",
            Evidence => "widget.evidence",
            SortLabel => "widget.sort",
            SortRelevance => "widget.sort_relevance",
            SortEvidence => "widget.sort_evidence",
            ClearAll => "widget.clear_all",
            RemoveFilter => "widget.remove_filter",
            Results => "widget.results",
            OneResult => "widget.one_result",
            NoResults => "widget.no_results",
            FewResults => "widget.few_results",
            Without => "widget.without",
            DidYouMean => "widget.did_you_mean",
            ShowMore => "widget.show_more",
            Help => "help.heading",
            Call => "help.call",
            Publisher => "card.publisher",
            Save => "widget.save",
            Saved => "widget.saved",
            Shortlist => "widget.shortlist",
            Print => "widget.print",
            PrintHeading => "print.heading",
            ShareLink => "widget.share_link",
            LinkCopied => "widget.link_copied",
            QuickExit => "widget.quick_exit",
            QuickExitHint => "widget.quick_exit_hint",
            StartHeading => "widget.start_heading",
            StartHint => "widget.start_hint",
            SituationAdvice => "widget.situation_advice",
            SituationClear => "widget.situation_clear",
        }
    }
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    lang.text(msg.key())
}
