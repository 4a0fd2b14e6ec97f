//! Every fixed text the widget shows, by name. The words themselves are data, one file per
//! language (`i18n/nl.toml`, the master text, `i18n/en.toml`, …); labels of facet values come
//! from the vocabulary, and the filter groups' legends from the facet table
//! (`preventiewijzer_engine::facets::FILTERS`).

use preventiewijzer_engine::Lang;

#[derive(Clone, Copy)]
pub enum Msg {
    ResultsHeading,
    SearchLabel,
    SearchPlaceholder,
    Filters,
    Age,
    AgeHint,
    SchoolLevel,
    AnySchoolLevel,
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
    InYourRegion,
    LocalHelp,
    StartHeading,
    StartHint,
    SituationAdvice,
    SituationClear,
    SkipToResults,
    HideVisit,
    HideVisitExit,
    HideVisitHistory,
    HideVisitPrivate,
    HideVisitOnlyThisSite,
    HideVisitDevice,
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
            Age => "widget.age",
            AgeHint => "widget.age_hint",
            SchoolLevel => "widget.school_level",
            AnySchoolLevel => "widget.any_school_level",
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
            QuickExit => "exit.button",
            QuickExitHint => "exit.hint",
            InYourRegion => "card.in_your_region",
            LocalHelp => "help.local",
            StartHeading => "widget.start_heading",
            StartHint => "widget.start_hint",
            SituationAdvice => "widget.situation_advice",
            SituationClear => "widget.situation_clear",
            SkipToResults => "widget.skip_to_results",
            HideVisit => "exit.hide_visit",
            HideVisitExit => "exit.hide_visit_exit",
            HideVisitHistory => "exit.hide_visit_history",
            HideVisitPrivate => "exit.hide_visit_private",
            HideVisitOnlyThisSite => "exit.hide_visit_only_this_site",
            HideVisitDevice => "exit.hide_visit_device",
        }
    }
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    lang.text(msg.key())
}
