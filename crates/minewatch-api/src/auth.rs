//! API keys with scopes.
//!
//! A key reads `mwk_<id>_<secret>`: the id names the key in listings and logs, the secret is 32
//! random bytes (base64url). Only SHA-256 of the secret is stored, so a copy of the database
//! gives no usable key; a fast hash is right here because the secret has 256 bits of entropy
//! (password hashes such as Argon2 exist to slow down guessing of low-entropy secrets).
//! Verification compares hashes in constant time.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use utoipa::ToSchema;

use crate::db::{Db, DbError, KeyRow};
use crate::error::ApiError;

/// What a key may do. `read`, `write` and `admin` each include the ones before them; `agent`
/// is a key of its own kind: it may only report alerts and heartbeats
/// (`POST /v1/agents/report`), so a key copied off a watched host reads nothing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Only report alerts and heartbeats (`minewatch watch --report`).
    Agent,
    /// Read everything.
    Read,
    /// Also submit scans and start or stop the miner.
    Write,
    /// Also manage keys.
    Admin,
}

impl Scope {
    /// Its name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
        }
    }
}

impl std::str::FromStr for Scope {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "agent" => Ok(Self::Agent),
            "read" => Ok(Self::Read),
            "write" => Ok(Self::Write),
            "admin" => Ok(Self::Admin),
            other => Err(format!(
                "invalid scope {other:?}: expected agent, read, write or admin"
            )),
        }
    }
}

/// The key a request was made with (put in the request's extensions by the auth layer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// Key id.
    pub key_id: String,
    /// Its scope.
    pub scope: Scope,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn random_bytes<const N: usize>() -> Result<[u8; N], ApiError> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| ApiError::internal(format!("no randomness: {e}")))?;
    Ok(b)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Splits `mwk_<id>_<secret>`.
fn parse_token(token: &str) -> Option<(&str, &str)> {
    let rest = token.strip_prefix("mwk_")?;
    let (id, secret) = rest.split_once('_')?;
    (id.len() == 12
        && id.bytes().all(|b| b.is_ascii_hexdigit())
        && (40..=64).contains(&secret.len()))
    .then_some((id, secret))
}

/// Constant-time equality of two equal-length strings.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A newly made key: the only time its secret is seen.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NewKey {
    /// The key as stored (no secret).
    #[serde(flatten)]
    pub row: KeyRow,
    /// The whole key, to send as `Authorization: Bearer <key>`. Shown once.
    pub key: String,
}

/// Every key, cached in memory in front of the database (revocation takes effect at once).
#[derive(Debug, Clone)]
pub struct KeyRing {
    db: Db,
    cache: Arc<RwLock<HashMap<String, KeyRow>>>,
}

impl KeyRing {
    /// Loads every key from `db`.
    pub fn load(db: Db) -> Result<Self, DbError> {
        let rows = db.run_blocking(|e| e.keys())?;
        Ok(Self {
            db,
            cache: Arc::new(RwLock::new(
                rows.into_iter().map(|k| (k.id.clone(), k)).collect(),
            )),
        })
    }

    /// Whether any key that is not revoked has admin scope.
    pub fn has_admin(&self) -> bool {
        self.cache
            .read()
            .map(|c| {
                c.values()
                    .any(|k| k.revoked.is_none() && k.scope == Scope::Admin.as_str())
            })
            .unwrap_or(false)
    }

    /// A fresh key: its row and the whole key string.
    fn fresh(name: &str, scope: Scope) -> Result<NewKey, ApiError> {
        let id = hex(&random_bytes::<6>()?);
        let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>()?);
        let row = KeyRow {
            id: id.clone(),
            name: name.to_owned(),
            scope: scope.as_str().to_owned(),
            created: now(),
            revoked: None,
            hash: hash_secret(&secret),
        };
        Ok(NewKey {
            row,
            key: format!("mwk_{id}_{secret}"),
        })
    }

    fn remember(&self, row: &KeyRow) {
        if let Ok(mut c) = self.cache.write() {
            c.insert(row.id.clone(), row.clone());
        }
    }

    /// Makes and stores a key.
    pub async fn create(&self, name: &str, scope: Scope) -> Result<NewKey, ApiError> {
        let k = Self::fresh(name, scope)?;
        let stored = k.row.clone();
        self.db
            .run(move |e| e.insert_key(&stored))
            .await
            .map_err(ApiError::internal)?;
        self.remember(&k.row);
        Ok(k)
    }

    /// As [`KeyRing::create`], on the calling thread (first run, CLI).
    pub fn create_blocking(&self, name: &str, scope: Scope) -> Result<NewKey, ApiError> {
        let k = Self::fresh(name, scope)?;
        self.db
            .run_blocking(|e| e.insert_key(&k.row))
            .map_err(ApiError::internal)?;
        self.remember(&k.row);
        Ok(k)
    }

    /// Every key, newest first.
    pub fn list(&self) -> Vec<KeyRow> {
        let mut v: Vec<KeyRow> = self
            .cache
            .read()
            .map(|c| c.values().cloned().collect())
            .unwrap_or_default();
        v.sort_by(|a, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
        v
    }

    /// Revokes a key; `Ok(false)` if there is no such key.
    pub fn revoke_blocking(&self, id: &str) -> Result<bool, DbError> {
        let found = self.db.run_blocking(|e| e.revoke_key(id))?;
        if found {
            self.reload_blocking()?;
        }
        Ok(found)
    }

    /// Reads every key again (keys made or revoked by `minewatch keys` while the server runs).
    pub fn reload_blocking(&self) -> Result<(), DbError> {
        let rows = self.db.run_blocking(|e| e.keys())?;
        if let Ok(mut c) = self.cache.write() {
            *c = rows.into_iter().map(|k| (k.id.clone(), k)).collect();
        }
        Ok(())
    }

    /// Revokes a key from a handler.
    pub async fn revoke(&self, id: &str) -> Result<bool, ApiError> {
        let me = self.clone();
        let id = id.to_owned();
        tokio::task::spawn_blocking(move || me.revoke_blocking(&id))
            .await
            .map_err(ApiError::internal)?
            .map_err(ApiError::internal)
    }

    /// Who a bearer token belongs to.
    pub fn verify(&self, token: &str) -> Result<Caller, ApiError> {
        let bad = || ApiError::unauthorized("invalid API key");
        let (id, secret) = parse_token(token).ok_or_else(bad)?;
        let cache = self.cache.read().map_err(|_| bad())?;
        let row = cache.get(id).ok_or_else(bad)?;
        if !same(&row.hash, &hash_secret(secret)) {
            return Err(bad());
        }
        if row.revoked.is_some() {
            return Err(ApiError::unauthorized("this API key was revoked"));
        }
        let scope = row.scope.parse().map_err(|_| bad())?;
        Ok(Caller {
            key_id: row.id.clone(),
            scope,
        })
    }
}

/// The bearer token of a request: `Authorization: Bearer KEY`, or `X-API-Key: KEY`.
pub fn token_of(parts: &axum::http::HeaderMap) -> Option<&str> {
    if let Some(v) = parts
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        // The scheme name is case-insensitive (RFC 9110 section 11.1).
        let (scheme, token) = v.trim_start().split_once(' ')?;
        return scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim())
            .filter(|t| !t.is_empty());
    }
    parts.get("x-api-key").and_then(|v| v.to_str().ok())
}

/// The key the auth layer found on a request.
fn caller_of(parts: &Parts) -> Result<Caller, ApiError> {
    parts
        .extensions
        .get::<Caller>()
        .cloned()
        .ok_or_else(|| ApiError::unauthorized("an API key is required"))
}

macro_rules! scope_extractor {
    ($name:ident, $scope:expr, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Clone)]
        pub struct $name(pub Caller);

        impl<S: Send + Sync> FromRequestParts<S> for $name {
            type Rejection = ApiError;
            async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
                let caller = caller_of(parts)?;
                if caller.scope < $scope {
                    return Err(ApiError::forbidden(format!(
                        "this route needs a key with scope {}; this key has {}",
                        $scope.as_str(),
                        caller.scope.as_str()
                    )));
                }
                Ok(Self(caller))
            }
        }
    };
}

scope_extractor!(ReadKey, Scope::Read, "A caller whose key may read.");
scope_extractor!(
    WriteKey,
    Scope::Write,
    "A caller whose key may submit work (scans, miner control)."
);
scope_extractor!(
    AdminKey,
    Scope::Admin,
    "A caller whose key may manage keys."
);

/// A caller whose key may report as an agent: an `agent` key, or one that may write.
#[derive(Debug, Clone)]
pub struct ReportKey(pub Caller);

impl<S: Send + Sync> FromRequestParts<S> for ReportKey {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let caller = caller_of(parts)?;
        if caller.scope == Scope::Read {
            return Err(ApiError::forbidden(
                "this route needs a key with scope agent (or write); this key has read",
            ));
        }
        Ok(Self(caller))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever a client sends as a key, verification answers without panicking, and
        /// only a real key passes.
        #[test]
        fn any_token_is_answered(token in ".{0,120}", suffix in "[A-Za-z0-9_-]{40,50}") {
            let ring = KeyRing::load(Db::in_memory().expect("db")).expect("ring");
            proptest::prop_assert!(ring.verify(&token).is_err());
            let shaped = format!("mwk_0123456789ab_{suffix}");
            proptest::prop_assert!(ring.verify(&shaped).is_err());
        }

        #[test]
        fn any_topic_list_is_answered(q in ".{0,80}") {
            if let Ok(topics) = crate::stream::parse_topics(Some(&q)) {
                proptest::prop_assert!(topics.iter().all(|t| crate::stream::TOPICS.contains(t)));
            }
        }
    }

    #[tokio::test]
    async fn keys_verify_until_revoked_and_only_hashes_are_stored() {
        let db = Db::in_memory().expect("db");
        let ring = KeyRing::load(db.clone()).expect("ring");
        assert!(!ring.has_admin());
        let k = ring.create("ops", Scope::Write).await.expect("create");
        assert!(k.key.starts_with("mwk_"));
        let caller = ring.verify(&k.key).expect("valid");
        assert_eq!(caller.scope, Scope::Write);
        let stored = db.run(|e| e.keys()).await.expect("keys");
        let secret = k.key.rsplit('_').next().expect("secret");
        assert!(!stored[0].hash.contains(secret) && stored[0].hash.len() == 64);
        // One character off, a made-up id, garbage: all refused.
        let mut wrong = k.key.clone();
        let last = wrong.pop().expect("non-empty");
        wrong.push(if last == 'A' { 'B' } else { 'A' });
        assert!(ring.verify(&wrong).is_err());
        assert!(
            ring.verify("mwk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .is_err()
        );
        assert!(ring.verify("Bearer nonsense").is_err());
        assert!(ring.revoke(&k.row.id).await.expect("revoke"));
        let e = ring.verify(&k.key).expect_err("revoked");
        assert!(e.message.contains("revoked"));
        // A fresh ring from the same database agrees.
        let again = KeyRing::load(db).expect("reload");
        assert!(again.verify(&k.key).is_err());
    }
}
