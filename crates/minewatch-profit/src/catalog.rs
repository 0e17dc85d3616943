//! The ASIC catalog: current and legacy machines with their sources, compiled in from
//! `data/asic_specs.tsv`, plus the user's own machines from a TOML file:
//!
//! ```toml
//! [[hardware]]
//! model = "My S19 (tuned)"
//! hashrate_ths = 100
//! power_w = 2900
//! price_usd = 900        # optional
//! cooling = "air"        # optional
//! ```

use serde::{Deserialize, Serialize};
use thiserror::Error;

const BUILTIN: &str = include_str!("../data/asic_specs.tsv");

/// One machine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hardware {
    /// Model name.
    pub model: String,
    /// Nameplate hashrate, TH/s.
    pub hashrate_ths: f64,
    /// Nameplate power, W.
    pub power_w: f64,
    /// Efficiency, J/TH.
    #[serde(default)]
    pub efficiency_j_per_th: f64,
    /// air, hydro or immersion.
    #[serde(default)]
    pub cooling: String,
    /// Where the figures come from.
    #[serde(default)]
    pub source: String,
    /// Notes.
    #[serde(default)]
    pub notes: String,
    /// A price, USD, if the user gave one.
    #[serde(default)]
    pub price_usd: Option<f64>,
}

/// A catalog problem.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CatalogError {
    /// No such model.
    #[error("unknown hardware {name:?}{}", suggestion(.suggestions))]
    Unknown {
        /// What was asked for.
        name: String,
        /// The closest names.
        suggestions: Vec<String>,
    },
    /// A user catalog that does not parse.
    #[error("invalid hardware catalog {path}: {message}")]
    File {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

fn suggestion(s: &[String]) -> String {
    match s {
        [] => " (see `minewatch hardware list`)".to_owned(),
        [one] => format!(": did you mean {one:?}?"),
        many => format!(
            ": did you mean one of {}?",
            many.iter()
                .map(|m| format!("{m:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The machines known.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// Every machine, built-in first, then the user's (a user entry with a built-in's name
    /// replaces it).
    pub hardware: Vec<Hardware>,
}

#[derive(Deserialize)]
struct UserFile {
    #[serde(default)]
    hardware: Vec<Hardware>,
}

/// Lowercase letters and digits only, with `+` kept (S21 and S21+ are different machines).
fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || *c == '+')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

impl Catalog {
    /// The compiled-in catalog.
    pub fn builtin() -> Self {
        let hardware = BUILTIN
            .lines()
            .skip(1)
            .filter_map(|line| {
                let f: Vec<&str> = line.split('\t').collect();
                Some(Hardware {
                    model: f.first()?.trim().to_owned(),
                    hashrate_ths: f.get(1)?.trim().parse().ok()?,
                    power_w: f.get(2)?.trim().parse().ok()?,
                    efficiency_j_per_th: f.get(3)?.trim().parse().ok()?,
                    cooling: f.get(4).map_or("", |s| s.trim()).to_owned(),
                    source: f.get(5).map_or("", |s| s.trim()).to_owned(),
                    notes: f.get(6).map_or("", |s| s.trim()).to_owned(),
                    price_usd: None,
                })
            })
            .collect();
        Self { hardware }
    }

    /// Adds (or replaces by name) the machines of a user TOML catalog; `path` names it in
    /// errors.
    pub fn extend_from_toml(&mut self, text: &str, path: &str) -> Result<(), CatalogError> {
        let file: UserFile = toml::from_str(text).map_err(|e| CatalogError::File {
            path: path.to_owned(),
            message: e.to_string().trim().to_owned(),
        })?;
        for mut h in file.hardware {
            let bad = |message: String| CatalogError::File {
                path: path.to_owned(),
                message,
            };
            if h.model.trim().is_empty() {
                return Err(bad("a [[hardware]] entry has an empty model".into()));
            }
            if !(h.hashrate_ths.is_finite() && h.hashrate_ths > 0.0) {
                return Err(bad(format!("{}: hashrate_ths must be positive", h.model)));
            }
            if !(h.power_w.is_finite() && h.power_w > 0.0) {
                return Err(bad(format!("{}: power_w must be positive", h.model)));
            }
            if h.price_usd.is_some_and(|p| !(p.is_finite() && p >= 0.0)) {
                return Err(bad(format!("{}: price_usd must not be negative", h.model)));
            }
            h.efficiency_j_per_th = h.power_w / h.hashrate_ths;
            if h.source.is_empty() {
                h.source = format!("user catalog {path}");
            }
            let key = normalize(&h.model);
            self.hardware.retain(|x| normalize(&x.model) != key);
            self.hardware.push(h);
        }
        Ok(())
    }

    /// The machine called `name` (case, spaces and punctuation other than `+` ignored), or an
    /// error with the closest names.
    pub fn find(&self, name: &str) -> Result<&Hardware, CatalogError> {
        let key = normalize(name);
        if let Some(h) = self.hardware.iter().find(|h| normalize(&h.model) == key) {
            return Ok(h);
        }
        let mut scored: Vec<(usize, &str)> = self
            .hardware
            .iter()
            .map(|h| {
                let m = normalize(&h.model);
                // A name that contains what was typed is a strong hint.
                let d = if !key.is_empty() && m.contains(&key) {
                    0
                } else {
                    distance(&key, &m)
                };
                (d, h.model.as_str())
            })
            .collect();
        scored.sort();
        let best = scored.first().map_or(usize::MAX, |s| s.0);
        let limit = (key.len() / 3).max(2);
        let suggestions = scored
            .iter()
            .filter(|(d, _)| *d <= limit && *d <= best + 1)
            .take(3)
            .map(|(_, m)| (*m).to_owned())
            .collect();
        Err(CatalogError::Unknown {
            name: name.to_owned(),
            suggestions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_has_every_row() {
        let c = Catalog::builtin();
        let rows = BUILTIN
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .count();
        assert_eq!(c.hardware.len(), rows);
        let s21 = c.find("antminer s21").unwrap();
        assert_eq!((s21.hashrate_ths, s21.power_w), (200.0, 3500.0));
        assert_eq!(c.find("Antminer S21+").unwrap().hashrate_ths, 216.0);
        for h in &c.hardware {
            let j = h.power_w / h.hashrate_ths;
            assert!((j - h.efficiency_j_per_th).abs() / j < 0.06, "{h:?}");
        }
    }

    #[test]
    fn unknown_names_get_suggestions() {
        let c = Catalog::builtin();
        let e = c.find("Antminer S12").unwrap_err().to_string();
        assert!(e.contains("did you mean"), "{e}");
        let e = c.find("Antminr S21 XP").unwrap_err().to_string();
        assert!(e.contains("\"Antminer S21 XP\""), "{e}");
        // Exact (normalised) names win over containment: M60 is not M60S.
        assert_eq!(c.find("whatsminer-m60").unwrap().model, "Whatsminer M60");
        let e = c.find("M60").unwrap_err().to_string();
        assert!(e.contains("Whatsminer M60"), "{e}");
        let e = c.find("qqqqqqqqqqqqqqqqqq").unwrap_err().to_string();
        assert!(e.contains("hardware list"), "{e}");
    }

    proptest::proptest! {
        /// A user's catalog file is untrusted: whatever it holds, an error or a catalog, and
        /// lookups in it never panic.
        #[test]
        fn any_catalog_text_and_any_name_are_safe(text in ".{0,200}", name in ".{0,30}", ths in proptest::prelude::any::<f64>(), w in proptest::prelude::any::<f64>()) {
            let mut c = Catalog::builtin();
            let _ = c.extend_from_toml(&text, "fuzz.toml");
            let doc = format!("[[hardware]]\nmodel = {name:?}\nhashrate_ths = {ths:?}\npower_w = {w:?}\n");
            let _ = c.extend_from_toml(&doc, "fuzz.toml");
            let _ = c.find(&name);
        }
    }

    #[test]
    fn user_catalog_adds_and_replaces() {
        let mut c = Catalog::builtin();
        let n = c.hardware.len();
        c.extend_from_toml(
            "[[hardware]]\nmodel = \"Antminer S21\"\nhashrate_ths = 210\npower_w = 3400\n\n[[hardware]]\nmodel = \"Garage rig\"\nhashrate_ths = 1.2\npower_w = 20\nprice_usd = 300\n",
            "mine.toml",
        )
        .unwrap();
        assert_eq!(c.hardware.len(), n + 1);
        assert_eq!(c.find("antminer s21").unwrap().hashrate_ths, 210.0);
        let g = c.find("garage rig").unwrap();
        assert_eq!(g.price_usd, Some(300.0));
        assert!((g.efficiency_j_per_th - 20.0 / 1.2).abs() < 1e-9);
        let e = c
            .extend_from_toml(
                "[[hardware]]\nmodel = \"x\"\nhashrate_ths = -1\npower_w = 5\n",
                "bad.toml",
            )
            .unwrap_err()
            .to_string();
        assert!(e.contains("bad.toml") && e.contains("hashrate_ths"), "{e}");
        let e = c
            .extend_from_toml("[[hardware]\n", "broken.toml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("broken.toml"), "{e}");
    }
}
