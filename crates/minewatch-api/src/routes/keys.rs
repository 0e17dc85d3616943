//! API keys (admin).

#[allow(clippy::wildcard_imports)] // The handlers share the router's imports and helpers.
use super::*;

// keys

/// A key to make.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateKey {
    /// A name for people.
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// read, write or admin.
    pub scope: Scope,
}

/// Every key (never their secrets).
#[utoipa::path(get, path = "/v1/keys", tag = "keys",
    responses(
        (status = 200, description = "Keys", body = Vec<KeyRow>),
        (status = 403, description = "Not an admin key", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn list_keys(_k: AdminKey, State(st): State<AppState>) -> Json<Vec<KeyRow>> {
    Json(st.keys.list())
}

/// Makes a key; its secret is in this answer only.
#[utoipa::path(post, path = "/v1/keys", tag = "keys", request_body = CreateKey,
    responses(
        (status = 201, description = "Made", body = NewKey),
        (status = 400, description = "Bad name or scope", body = ErrorBody),
        (status = 403, description = "Not an admin key", body = ErrorBody),
        (status = 415, description = "Not JSON", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn create_key(
    _k: AdminKey,
    State(st): State<AppState>,
    ApiJson(req): ApiJson<CreateKey>,
) -> ApiResult<(StatusCode, Json<NewKey>)> {
    // The length as sent (what the schema's maxLength speaks of), then the name without the
    // spaces around it, which must not be empty.
    let name = req.name.trim();
    if name.is_empty() || req.name.chars().count() > 100 {
        return Err(ApiError::bad_request(
            "invalid name: expected 1 to 100 characters",
        ));
    }
    let k = st.keys.create(name, req.scope).await?;
    Ok((StatusCode::CREATED, Json(k)))
}

/// Revokes a key at once.
#[utoipa::path(delete, path = "/v1/keys/{id}", tag = "keys",
    params(("id" = String, Path, description = "Key id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 403, description = "Not an admin key", body = ErrorBody),
        (status = 404, description = "No such key", body = ErrorBody),
        KeyedErrors,
    ))]
pub(super) async fn revoke_key(
    _k: AdminKey,
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    if st.keys.revoke(&id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(format!("no key {id:?}")))
    }
}

// ---------------------------------------------------------------------------------------------
