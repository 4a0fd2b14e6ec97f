//! The engine's answers about help: the situations offered before anything is typed and the
//! helplines for a profile's audiences and regions (a child module of `engine`, so it reads the
//! engine's catalogue directly).

use super::{Engine, Query};
use crate::catalogue::{Catalogue, Helpline, Material, Situation};
use crate::vocabulary::Facet;

impl Engine {
    pub fn situations(&self) -> &[Situation] {
        &self.catalogue.situations
    }

    /// The situations offered before anything is typed, for the chosen audiences (or their
    /// parent group); without an audience, the first of each audience's, in catalogue order.
    pub fn start_situations(&self, audiences: &[String]) -> Vec<&Situation> {
        let vocab = self.vocabulary();
        let fits = |a: &String| audiences.iter().any(|c| a == c || vocab.audience_parent(c) == Some(a.as_str()));
        let mut start: Vec<&Situation> = self.catalogue.situations.iter().filter(|s| s.start.iter().any(fits)).collect();
        if audiences.is_empty() || start.is_empty() {
            start.clear();
            let mut seen: Vec<&str> = Vec::new();
            for s in &self.catalogue.situations {
                if let Some(a) = s.start.iter().find(|a| !seen.contains(&a.as_str())) {
                    seen.push(a);
                    start.push(s);
                }
            }
        }
        start.truncate(6);
        start
    }

    /// The host's local helplines, then the Dutch ones, for the given audiences (see
    /// [`Engine::local_helplines`] and [`Engine::helplines_in`]).
    pub fn helplines(&self, audiences: &[String]) -> Vec<&Helpline> {
        let mut lines = self.local_helplines(audiences);
        lines.extend(self.helplines_in("nederland", audiences));
        lines
    }

    /// The help block for a profile: the host's local helplines first (the municipality embeds
    /// the widget to route people to its own meldpunt), then the helplines of the profile's
    /// regions (see [`Engine::help_regions`]) for its audiences, each region's urgent ones
    /// (112, 999) first.
    pub fn help(&self, q: &Query) -> Vec<&Helpline> {
        let mut lines = self.local_helplines(&q.audiences);
        for region in self.help_regions(q) {
            let mut here = self.helplines_in(region, &q.audiences);
            here.sort_by_key(|h| !h.urgent);
            lines.extend(here);
        }
        lines
    }

    /// The regions whose help a profile gets: the regions it chose that have helplines (a
    /// Flemish page, `region="vlaanderen"`, gets Flemish help, not Dutch), else the Netherlands.
    /// A local region is not one of them: its lines always come first (see [`Engine::help`]).
    pub fn help_regions<'q>(&self, q: &'q Query) -> Vec<&'q str> {
        let served = |r: &str| !self.is_local(r) && self.catalogue.helplines.iter().any(|h| h.region == r);
        let mut regions: Vec<&str> = q.regions.iter().map(String::as_str).filter(|r| served(r)).collect();
        regions.dedup();
        if regions.is_empty() {
            regions.push("nederland");
        }
        regions
    }

    /// The helplines of `region` for the given audiences: urgent ones, those marked `always`,
    /// and those serving one of the audiences (or its parent). A line for everyone that is not
    /// `always` (Meld Misdaad Anoniem, 113) is left to topic- or situation-aware selection, so
    /// the block stays short.
    pub fn helplines_in(&self, region: &str, audiences: &[String]) -> Vec<&Helpline> {
        let vocab = self.vocabulary();
        self.catalogue
            .helplines
            .iter()
            .filter(|h| h.region == region)
            .filter(|h| {
                h.always
                    || h.urgent
                    || audiences.iter().any(|a| h.audiences.contains(a) || vocab.audience_parent(a).is_some_and(|p| h.audiences.iter().any(|x| x == p)))
            })
            .collect()
    }

    /// The helplines of the host's local folder (regions marked `local`, see
    /// `catalogue::local`): those for everyone, urgent or `always`, or serving one of the
    /// audiences. A local folder holds at most a few dozen (the loader's bound).
    pub fn local_helplines(&self, audiences: &[String]) -> Vec<&Helpline> {
        let vocab = self.vocabulary();
        let serves =
            |h: &Helpline| audiences.iter().any(|a| h.audiences.contains(a) || vocab.audience_parent(a).is_some_and(|p| h.audiences.iter().any(|x| x == p)));
        self.catalogue.helplines.iter().filter(|h| self.is_local(&h.region)).filter(|h| h.always || h.urgent || h.audiences.is_empty() || serves(h)).collect()
    }

    /// Whether `region` is a local folder's own region (not national, Flemish or UK material).
    pub fn is_local(&self, region: &str) -> bool {
        self.vocabulary().term(Facet::Regions, region).is_some_and(|t| t.local)
    }
}

/// For each situation, the materials that are the same service as one of the helplines it names
/// (its sourced advice: "chat met Fier"): the material's address is on the helpline's web or chat
/// host, and the material gives help itself (stage `hulp` or `melding`), so a lesson package on
/// a helpline's site is not the helpline. Worked out once, when the engine is assembled.
pub(crate) fn situation_services(catalogue: &Catalogue) -> Vec<Vec<usize>> {
    let helps = |m: &Material| m.stages.iter().any(|s| crate::pipeline::fit::HELP_STAGES.contains(&s.as_str()));
    let material_hosts: Vec<Option<String>> = catalogue.materials.iter().map(|m| m.url.as_deref().filter(|_| helps(m)).and_then(host)).collect();
    catalogue
        .situations
        .iter()
        .map(|situation| {
            let hosts: Vec<String> = catalogue
                .helplines
                .iter()
                .filter(|h| situation.helplines.contains(&h.id))
                .flat_map(|h| [h.url.as_deref(), h.chat_url.as_deref()])
                .flatten()
                .filter_map(host)
                .collect();
            (0..material_hosts.len()).filter(|i| material_hosts[*i].as_ref().is_some_and(|m| hosts.contains(m))).collect()
        })
        .collect()
}

/// For each situation, the catalogue places of the materials it lists as made for its people
/// (`materials` in `situations.toml`), in its order; an id this catalogue lacks is left out.
/// Worked out once, when the engine is assembled.
pub(crate) fn situation_materials(catalogue: &Catalogue) -> Vec<Vec<usize>> {
    let place = material_places(catalogue);
    catalogue.situations.iter().map(|s| s.materials.iter().filter_map(|x| place.get(x.id.as_str()).copied()).collect()).collect()
}

/// Each material id → its catalogue place, to turn the ids a situation or an example search
/// names into places.
pub(crate) fn material_places(catalogue: &Catalogue) -> std::collections::HashMap<&str, usize> {
    catalogue.materials.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect()
}

/// The host of an `https:` address, lowercased and without `www.` ("https://www.sense.info/x"
/// → "sense.info"); `None` for anything else.
fn host(url: &str) -> Option<String> {
    let host = crate::catalogue::validate::https_host(url)?.split(':').next()?.to_lowercase();
    let host = host.strip_prefix("www.").map(str::to_string).unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::host;

    #[test]
    fn host_of_an_address() {
        assert_eq!(host("https://www.sense.info").as_deref(), Some("sense.info"));
        assert_eq!(host("https://WatchNederland.nl/wat-is/?x=1").as_deref(), Some("watchnederland.nl"));
        assert_eq!(host("http://sense.info"), None);
        assert_eq!(host("https://"), None);
    }
}
