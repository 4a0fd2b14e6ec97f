//! Every fixed text the widget shows, in Dutch and English (labels of facet values come from the
//! vocabulary). Plain language (B1).

use preventiewijzer::Lang;

#[derive(Clone, Copy)]
pub enum Msg {
    SearchLabel,
    SearchPlaceholder,
    Filters,
    ForWhom,
    Age,
    AgeHint,
    Topics,
    RiskGroups,
    ClearAll,
    Results,
    OneResult,
    NoResults,
    NoLink,
    Help,
    Call,
    Publisher,
}

pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    let (nl, en) = match msg {
        SearchLabel => ("Zoek materiaal", "Search material"),
        SearchPlaceholder => ("Bijvoorbeeld: sexting, loverboys, weerbaarheid", "For example: sexting, loverboys, resilience"),
        Filters => ("Filters", "Filters"),
        ForWhom => ("Voor wie?", "For whom?"),
        Age => ("Leeftijd van de jongere", "Age of the young person"),
        AgeHint => ("Een getal van 0 tot 99", "A number from 0 to 99"),
        Topics => ("Onderwerp", "Topic"),
        RiskGroups => ("Doelgroep met extra risico", "Group at higher risk"),
        ClearAll => ("Alles wissen", "Clear all"),
        Results => ("resultaten", "results"),
        OneResult => ("resultaat", "result"),
        NoResults => ("Geen materiaal gevonden. Haal een filter weg of zoek met andere woorden.", "No material found. Remove a filter or try other words."),
        NoLink => ("Geen link bekend", "No link known"),
        Help => ("Hulp nodig? Praat erover.", "Need help? Talk about it."),
        Call => ("Bel", "Call"),
        Publisher => ("Door", "By"),
    };
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}
