//! The messages between the widget (tier 1) and the full-text worker (tier 2), as one Rust type
//! each way, serialized with serde on both sides: the widget sends a [`Query`] and reads an
//! [`Answer`]; the worker reads the `Query` and writes the `Answer` ([`answer_json`]). The
//! element script only carries the JSON (with its own `id` to pair questions and answers) and
//! never builds or reads it.

use serde::{Deserialize, Serialize};

use crate::{Engine, Query, Results};

/// What the worker answers to one query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    /// The query's results (JSON: a `Results` object).
    Results(Box<Results>),
    /// The query could not be answered: not valid JSON, or the index is not open (JSON:
    /// `{"error": "…"}`).
    Failed { error: String },
}

impl Answer {
    pub fn to_json(&self) -> String {
        // Serializing these types cannot fail (no maps with non-string keys, no custom errors).
        serde_json::to_string(self).unwrap_or_default()
    }

    /// An answer from JSON; anything else is a [`Answer::Failed`] saying why.
    pub fn from_json(json: &str) -> Answer {
        // from_slice, like the records: one serde_json reader in the tier-1 wasm, not two.
        serde_json::from_slice(json.as_bytes()).unwrap_or_else(|e| Answer::Failed { error: format!("the answer is not valid: {e}") })
    }
}

/// The JSON the widget sends for `q`.
pub fn query_json(q: &Query) -> String {
    serde_json::to_string(q).unwrap_or_default()
}

/// The worker's side: the answer of `engine` (`None`: not open yet) to a query in JSON.
pub fn answer_json(engine: Option<&Engine>, query: &str) -> String {
    let answer = match (engine, serde_json::from_slice::<Query>(query.as_bytes())) {
        (None, _) => Answer::Failed { error: "the full-text index is not open".into() },
        (Some(_), Err(e)) => Answer::Failed { error: e.to_string() },
        (Some(engine), Ok(q)) => Answer::Results(Box::new(engine.search(&q))),
    };
    answer.to_json()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_failures_keep_their_json_shape() {
        let failed = Answer::Failed { error: "x".into() };
        assert_eq!(failed.to_json(), r#"{"error":"x"}"#);
        assert_eq!(Answer::from_json(&failed.to_json()), failed);
        let results = Answer::Results(Box::default());
        assert_eq!(Answer::from_json(&results.to_json()), results);
        assert!(matches!(Answer::from_json("not json"), Answer::Failed { .. }));
        assert_eq!(answer_json(None, "{}"), r#"{"error":"the full-text index is not open"}"#);
    }
}
