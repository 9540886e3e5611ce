//! [`crate::Store`] for [`DbStore`]: each method delegates to the write, read or verify side.

use crate::db::DbStore;
use crate::*;

#[async_trait::async_trait]
impl Store for DbStore {
    async fn begin_record(&self, r: NewRecord) -> Result<RecordId, StoreError> {
        self.begin(r).await
    }

    async fn complete_record(&self, id: RecordId, c: Completion) -> Result<(), StoreError> {
        self.complete(id, c).await
    }

    async fn add_incident(&self, i: NewIncident) -> Result<IncidentId, StoreError> {
        self.incident_add(i).await
    }

    async fn create_key(
        &self,
        user: &str,
        authority: &str,
        role: Role,
    ) -> Result<String, StoreError> {
        self.key_create(user, authority, role).await
    }

    async fn revoke_keys(&self, user: &str, authority: &str) -> Result<u64, StoreError> {
        self.key_revoke(user, authority).await
    }

    async fn list_keys(&self, authority: Option<&str>) -> Result<Vec<KeyInfo>, StoreError> {
        self.keys_list(authority).await
    }

    async fn authenticate(&self, key: &str) -> Result<Option<Caller>, StoreError> {
        self.auth(key).await
    }

    async fn get_record(
        &self,
        id: RecordId,
        viewer: &Caller,
    ) -> Result<Option<RecordView>, StoreError> {
        self.record(id, viewer).await
    }

    async fn search(
        &self,
        q: &SearchQuery,
        viewer: &Caller,
    ) -> Result<Vec<RecordView>, StoreError> {
        // requests still in flight have their index entry written at completion: write it now
        // so that they are found too
        if q.text.as_deref().is_some_and(|t| !t.trim().is_empty()) {
            self.index_pending().await?;
        }
        self.find(q, viewer).await
    }

    async fn verify(&self) -> Result<VerifyReport, StoreError> {
        self.verify_all().await
    }

    async fn purge(
        &self,
        authority: &str,
        older_than: DateTime<Utc>,
        decision: &str,
        viewer: &Caller,
    ) -> Result<PurgeReport, StoreError> {
        self.dispose(authority, older_than, decision, viewer).await
    }

    async fn incident(&self, id: IncidentId) -> Result<Option<Incident>, StoreError> {
        self.incident_get(id).await
    }

    async fn incidents(
        &self,
        authority: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Incident>, StoreError> {
        self.incidents_of(authority, limit).await
    }

    async fn incident_counts(&self) -> Result<Vec<IncidentCount>, StoreError> {
        self.incident_count().await
    }

    async fn stats_monthly(&self, authority: Option<&str>) -> Result<Vec<StatRow>, StoreError> {
        self.stats(authority).await
    }
}
