//! The store's test suite. Every test runs on SQLite (a temporary file) and on PostgreSQL
//! (a fresh database on `VAKT_TEST_PG_URL`); the PostgreSQL run fails when no server answers.

mod common;

use chrono::{Duration, Utc};
use common::{fixture, Backend};
use std::sync::Arc;
use vakt_store::*;

fn caller(user: &str, authority: &str, role: Role) -> Caller {
    Caller {
        user: user.into(),
        authority: authority.into(),
        role,
    }
}

fn admin() -> Caller {
    caller("admin", "kommunstyrelsen", Role::Admin)
}

fn rec(authority: &str, user: &str, request: &str) -> NewRecord {
    NewRecord {
        authority: authority.into(),
        user: user.into(),
        system: "public-chat".into(),
        decision: "allowed".into(),
        rules: vec![],
        level: 0,
        categories: vec![],
        request: request.into(),
        sent: Some(request.into()),
        mask_map: None,
        purpose: None,
    }
}

macro_rules! both {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::Backend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::Backend::Postgres).await;
                }
            )*
        }
    };
}

both!(
    record_round_trip_and_encryption_at_rest,
    incomplete_record_is_marked,
    keys_authenticate_and_revoke,
    roles_limit_what_is_seen,
    search_filters,
    verify_detects_every_kind_of_tampering,
    purge_disposes_and_keeps_chain_verifiable,
    concurrent_writers_keep_chains_linear,
    two_instances_share_one_database,
    incidents_and_statistics,
    begin_is_durable_when_it_returns,
    bad_input_is_an_error,
    search_spans_request_and_answer_and_is_newest_first,
    index_is_rebuilt_when_a_migration_asks,
    sent_text_reads_back_whether_stored_once_or_twice,
);

async fn record_round_trip_and_encryption_at_rest(b: Backend) {
    let f = fixture(b).await;
    let mut r = rec(
        "sn-centrum",
        "anna",
        "Skriv ett brev till Sven Svensson, 850314-1234",
    );
    r.decision = "masked".into();
    r.sent = Some("Skriv ett brev till [NAMN_1], [PERSONNUMMER_1]".into());
    r.mask_map = Some(vec![
        ("[NAMN_1]".into(), "Sven Svensson".into()),
        ("[PERSONNUMMER_1]".into(), "850314-1234".into()),
    ]);
    r.level = 2;
    r.categories = vec!["person_name".into(), "personnummer".into()];
    r.rules = vec!["GBG-2".into()];
    let id = f.store.begin_record(r).await.unwrap();
    f.store
        .complete_record(
            id,
            Completion {
                response: Some("Hej Sven Svensson! Här är brevet.".into()),
                upstream_status: Some(200),
                error: None,
            },
        )
        .await
        .unwrap();
    let v = f
        .store
        .get_record(id, &admin())
        .await
        .unwrap()
        .expect("found");
    assert_eq!(
        v.request.as_deref(),
        Some("Skriv ett brev till Sven Svensson, 850314-1234")
    );
    assert_eq!(
        v.sent.as_deref(),
        Some("Skriv ett brev till [NAMN_1], [PERSONNUMMER_1]")
    );
    assert_eq!(
        v.response.as_deref(),
        Some("Hej Sven Svensson! Här är brevet.")
    );
    assert_eq!(v.mask_map.as_ref().unwrap().len(), 2);
    assert_eq!(v.upstream_status, Some(200));
    assert_eq!(v.level, 2);
    assert_eq!(v.categories, ["person_name", "personnummer"]);
    assert_eq!(v.rules, ["GBG-2"]);
    assert_eq!(v.decision, "masked");
    assert!(v.completed);
    assert!(!v.disposed);
    // Nothing readable at rest.
    for blob in f
        .blobs("SELECT content FROM records UNION ALL SELECT content FROM events")
        .await
    {
        let s = String::from_utf8_lossy(&blob);
        assert!(
            !s.contains("Svensson") && !s.contains("850314"),
            "plaintext at rest"
        );
    }
    assert!(f.store.verify().await.unwrap().ok());
}

async fn incomplete_record_is_marked(b: Backend) {
    let f = fixture(b).await;
    let id = f
        .store
        .begin_record(rec("sn-centrum", "anna", "hej"))
        .await
        .unwrap();
    let v = f.store.get_record(id, &admin()).await.unwrap().unwrap();
    assert!(!v.completed);
    assert_eq!(v.response, None);
    // A completion for a record that does not exist is an error.
    let err = f
        .store
        .complete_record(RecordId::new(), Completion::default())
        .await;
    assert!(matches!(err, Err(StoreError::NotFound(_))), "{err:?}");
}

async fn keys_authenticate_and_revoke(b: Backend) {
    let f = fixture(b).await;
    let k = f
        .store
        .create_key("anna", "sn-centrum", Role::Registrar)
        .await
        .unwrap();
    assert!(k.starts_with("vakt_") && k.len() > 40);
    let c = f.store.authenticate(&k).await.unwrap().expect("known key");
    assert_eq!(c, caller("anna", "sn-centrum", Role::Registrar));
    assert_eq!(f.store.authenticate("vakt_fel").await.unwrap(), None);
    // Only the hash is stored.
    let hashes = f.blobs("SELECT key_hash FROM api_keys").await;
    assert_eq!(hashes.len(), 1);
    assert!(!String::from_utf8_lossy(&hashes[0]).contains(&k[5..]));
    let keys = f.store.list_keys(Some("sn-centrum")).await.unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].role, "registrar");
    assert_eq!(f.store.revoke_keys("anna", "sn-centrum").await.unwrap(), 1);
    assert_eq!(f.store.authenticate(&k).await.unwrap(), None);
}

async fn roles_limit_what_is_seen(b: Backend) {
    let f = fixture(b).await;
    f.store
        .begin_record(rec("sn-centrum", "anna", "anna frågar"))
        .await
        .unwrap();
    f.store
        .begin_record(rec("sn-centrum", "bo", "bo frågar"))
        .await
        .unwrap();
    let other = f
        .store
        .begin_record(rec("bn-norr", "cecilia", "cecilia frågar"))
        .await
        .unwrap();
    let all = SearchQuery::default();
    let anna = caller("anna", "sn-centrum", Role::User);
    let seen = f.store.search(&all, &anna).await.unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].user, "anna");
    let reg = caller("rut", "sn-centrum", Role::Registrar);
    assert_eq!(f.store.search(&all, &reg).await.unwrap().len(), 2);
    assert_eq!(f.store.search(&all, &admin()).await.unwrap().len(), 3);
    assert!(f.store.get_record(other, &reg).await.unwrap().is_none());
    assert!(f.store.get_record(other, &admin()).await.unwrap().is_some());
    let q = SearchQuery {
        authority: Some("bn-norr".into()),
        ..Default::default()
    };
    assert!(matches!(
        f.store.search(&q, &reg).await,
        Err(StoreError::Forbidden(_))
    ));
    let q = SearchQuery {
        user: Some("bo".into()),
        ..Default::default()
    };
    assert!(matches!(
        f.store.search(&q, &anna).await,
        Err(StoreError::Forbidden(_))
    ));
    // Purge: registrar of another authority and users may not.
    let p = f
        .store
        .purge("bn-norr", Utc::now(), "KS 2025/12", &reg)
        .await;
    assert!(matches!(p, Err(StoreError::Forbidden(_))));
    let p = f
        .store
        .purge("sn-centrum", Utc::now(), "KS 2025/12", &anna)
        .await;
    assert!(matches!(p, Err(StoreError::Forbidden(_))));
}

async fn search_filters(b: Backend) {
    let f = fixture(b).await;
    let mut r1 = rec("sn-centrum", "anna", "Sammanfatta beslutet om bistånd");
    r1.level = 3;
    r1.categories = vec!["social_conditions".into(), "health".into()];
    r1.system = "intern-llm".into();
    let id1 = f.store.begin_record(r1).await.unwrap();
    f.store
        .complete_record(
            id1,
            Completion {
                response: Some("Beslutet gäller försörjningsstöd".into()),
                upstream_status: Some(200),
                error: None,
            },
        )
        .await
        .unwrap();
    let mid = Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let id2 = f
        .store
        .begin_record(rec(
            "sn-centrum",
            "bo",
            "Skriv en inbjudan till Göteborgsvarvet",
        ))
        .await
        .unwrap();
    let a = admin();
    let s = |q: SearchQuery| {
        let st = f.store.clone();
        let a = a.clone();
        async move {
            st.search(&q, &a)
                .await
                .unwrap()
                .into_iter()
                .map(|v| v.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        s(SearchQuery {
            text: Some("BISTÅND".into()),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert_eq!(
        s(SearchQuery {
            text: Some("beslutet bistånd".into()),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert!(s(SearchQuery {
        text: Some("bistånd göteborgsvarvet".into()),
        ..Default::default()
    })
    .await
    .is_empty());
    // Words of the answer are searchable too.
    assert_eq!(
        s(SearchQuery {
            text: Some("försörjningsstöd".into()),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert_eq!(
        s(SearchQuery {
            user: Some("bo".into()),
            ..Default::default()
        })
        .await,
        [id2]
    );
    assert_eq!(
        s(SearchQuery {
            system: Some("intern-llm".into()),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert_eq!(
        s(SearchQuery {
            level: Some(3),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert_eq!(
        s(SearchQuery {
            min_level: Some(1),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert_eq!(
        s(SearchQuery {
            category: Some("health".into()),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert_eq!(
        s(SearchQuery {
            from: Some(mid),
            ..Default::default()
        })
        .await,
        [id2]
    );
    assert_eq!(
        s(SearchQuery {
            to: Some(mid),
            ..Default::default()
        })
        .await,
        [id1]
    );
    assert_eq!(
        s(SearchQuery {
            text: Some("inbjudan".into()),
            authority: Some("sn-centrum".into()),
            from: Some(mid - Duration::hours(1)),
            to: Some(Utc::now() + Duration::hours(1)),
            ..Default::default()
        })
        .await,
        [id2]
    );
    assert_eq!(
        s(SearchQuery {
            text: Some("inbjudan".into()),
            authority: Some("bn-norr".into()),
            ..Default::default()
        })
        .await
        .len(),
        0
    );
    // Newest first by default, oldest first on request, limit respected.
    assert_eq!(s(SearchQuery::default()).await, [id2, id1]);
    assert_eq!(
        s(SearchQuery {
            oldest_first: true,
            ..Default::default()
        })
        .await,
        [id1, id2]
    );
    assert_eq!(
        s(SearchQuery {
            limit: Some(1),
            ..Default::default()
        })
        .await,
        [id2]
    );
}

async fn verify_detects_every_kind_of_tampering(b: Backend) {
    let f = fixture(b).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let id = f
            .store
            .begin_record(rec("sn-centrum", "anna", &format!("fråga {i}")))
            .await
            .unwrap();
        f.store
            .complete_record(
                id,
                Completion {
                    response: Some(format!("svar {i}")),
                    upstream_status: Some(200),
                    error: None,
                },
            )
            .await
            .unwrap();
        ids.push(id);
    }
    f.store
        .begin_record(rec("bn-norr", "bo", "annan kedja"))
        .await
        .unwrap();
    assert!(f.store.verify().await.unwrap().ok());

    let first_broken = |r: VerifyReport| {
        let c = r
            .chains
            .into_iter()
            .find(|c| c.authority == "sn-centrum")
            .unwrap();
        c.broken.expect("verify must fail")
    };
    let is_sqlite = f.url.starts_with("sqlite:");
    // the first byte set to 0x00, or to 0x01 where it already is 0x00 (a random ciphertext
    // starts with 0x00 one time in 256, and then the update would change nothing)
    let flip = |col: &str| {
        if is_sqlite {
            format!(
                "{col} = CAST((CASE WHEN substr({col}, 1, 1) = X'00' THEN X'01' ELSE X'00' END) \
                 || substr({col}, 2) AS BLOB)"
            )
        } else {
            format!(
                "{col} = overlay({col} placing (CASE WHEN get_byte({col}, 0) = 0 \
                 THEN '\\x01'::bytea ELSE '\\x00'::bytea END) from 1 for 1)"
            )
        }
    };
    let target = ids[2].to_string();

    // 1. One byte of a record's ciphertext.
    let n = f
        .exec(&format!(
            "UPDATE records SET {} WHERE id = '{target}'",
            flip("content")
        ))
        .await;
    assert_eq!(n, 1);
    let br = first_broken(f.store.verify().await.unwrap());
    assert_eq!(br.record_id.as_deref(), Some(target.as_str()));
    assert_eq!(br.kind, "record");

    // A fresh store for each kind of tampering.
    let f = fixture(b).await;
    let mut ids = Vec::new();
    for i in 0..4 {
        let id = f
            .store
            .begin_record(rec("sn-centrum", "anna", &format!("fråga {i}")))
            .await
            .unwrap();
        f.store
            .complete_record(
                id,
                Completion {
                    response: Some(format!("svar {i}")),
                    upstream_status: Some(200),
                    error: None,
                },
            )
            .await
            .unwrap();
        ids.push(id);
    }
    assert!(f.store.verify().await.unwrap().ok());
    let t1 = ids[1].to_string();
    // 2. A plain field (the level).
    f.exec(&format!("UPDATE records SET level = 3 WHERE id = '{t1}'"))
        .await;
    let br = first_broken(f.store.verify().await.unwrap());
    assert_eq!(br.record_id.as_deref(), Some(t1.as_str()));
    f.exec(&format!("UPDATE records SET level = 0 WHERE id = '{t1}'"))
        .await;
    assert!(
        f.store.verify().await.unwrap().ok(),
        "restoring the byte restores the chain"
    );
    // 3. The answer's ciphertext.
    f.exec(&format!(
        "UPDATE events SET {} WHERE record_id = '{t1}'",
        flip("content")
    ))
    .await;
    let br = first_broken(f.store.verify().await.unwrap());
    assert_eq!(br.kind, "completion");
    assert_eq!(br.record_id.as_deref(), Some(t1.as_str()));

    let f2 = fixture(b).await;
    let mut ids = Vec::new();
    for i in 0..4 {
        ids.push(
            f2.store
                .begin_record(rec("sn-centrum", "anna", &format!("fråga {i}")))
                .await
                .unwrap(),
        );
    }
    // 4. Content dropped without a disposal decision.
    let t2 = ids[2].to_string();
    f2.exec(&format!(
        "UPDATE records SET content = NULL WHERE id = '{t2}'"
    ))
    .await;
    let br = first_broken(f2.store.verify().await.unwrap());
    assert_eq!(br.record_id.as_deref(), Some(t2.as_str()));

    let f3 = fixture(b).await;
    let mut ids = Vec::new();
    for i in 0..4 {
        ids.push(
            f3.store
                .begin_record(rec("sn-centrum", "anna", &format!("fråga {i}")))
                .await
                .unwrap(),
        );
    }
    // 5. A record deleted in the middle, and 6. the last one deleted.
    f3.exec(&format!("DELETE FROM records WHERE id = '{}'", ids[1]))
        .await;
    let br = first_broken(f3.store.verify().await.unwrap());
    assert_eq!(br.pos, 2);
    let f4 = fixture(b).await;
    let mut last = None;
    for i in 0..3 {
        last = Some(
            f4.store
                .begin_record(rec("sn-centrum", "anna", &format!("fråga {i}")))
                .await
                .unwrap(),
        );
    }
    f4.exec(&format!(
        "DELETE FROM records WHERE id = '{}'",
        last.unwrap()
    ))
    .await;
    let br = first_broken(f4.store.verify().await.unwrap());
    assert_eq!(br.kind, "chain");
    // The other authority's chain is untouched.
}

async fn purge_disposes_and_keeps_chain_verifiable(b: Backend) {
    let f = fixture(b).await;
    let old = f
        .store
        .begin_record(rec(
            "sn-centrum",
            "anna",
            "gammal fråga om ekonomiskt bistånd",
        ))
        .await
        .unwrap();
    f.store
        .complete_record(
            old,
            Completion {
                response: Some("gammalt svar".into()),
                upstream_status: Some(200),
                error: None,
            },
        )
        .await
        .unwrap();
    let other = f
        .store
        .begin_record(rec("bn-norr", "bo", "annan myndighets fråga"))
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let cutoff = Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let new = f
        .store
        .begin_record(rec("sn-centrum", "anna", "ny fråga om bistånd"))
        .await
        .unwrap();
    let reg = caller("rut", "sn-centrum", Role::Registrar);
    let rep = f
        .store
        .purge("sn-centrum", cutoff, "Gallringsbeslut SN 2024:3", &reg)
        .await
        .unwrap();
    assert_eq!(rep.disposed, 1);
    let v = f.store.get_record(old, &admin()).await.unwrap().unwrap();
    assert!(v.disposed);
    assert_eq!(v.request, None);
    assert_eq!(v.response, None);
    assert_eq!(v.level, 0, "metadata stays");
    let v = f.store.get_record(new, &admin()).await.unwrap().unwrap();
    assert!(!v.disposed);
    assert_eq!(v.request.as_deref(), Some("ny fråga om bistånd"));
    let v = f.store.get_record(other, &admin()).await.unwrap().unwrap();
    assert!(!v.disposed, "another authority's records are not touched");
    // Free text no longer finds the disposed record.
    let hits = f
        .store
        .search(
            &SearchQuery {
                text: Some("bistånd".into()),
                ..Default::default()
            },
            &reg,
        )
        .await
        .unwrap();
    assert_eq!(hits.iter().map(|v| v.id).collect::<Vec<_>>(), [new]);
    let report = f.store.verify().await.unwrap();
    assert!(report.ok(), "{report:?}");
    let c = report
        .chains
        .iter()
        .find(|c| c.authority == "sn-centrum")
        .unwrap();
    assert_eq!(c.records, 2);
    assert_eq!(c.events, 2, "one completion and one disposal");
    // Tampering with the disposal event (its decision) is caught.
    f.exec(
        "UPDATE events SET info = replace(info, 'SN 2024:3', 'SN 2024:4') WHERE kind = 'disposal'",
    )
    .await;
    assert!(!f.store.verify().await.unwrap().ok());
    // A purge needs a decision to cite.
    assert!(matches!(
        f.store.purge("sn-centrum", cutoff, " ", &reg).await,
        Err(StoreError::Invalid(_))
    ));
}

async fn concurrent_writers_keep_chains_linear(b: Backend) {
    let f = fixture(b).await;
    let mut tasks = Vec::new();
    for i in 0..300 {
        let st = f.store.clone();
        tasks.push(tokio::spawn(async move {
            let auth = ["sn-centrum", "bn-norr", "ks"][i % 3];
            let id = st
                .begin_record(rec(auth, "anna", &format!("fråga nummer {i}")))
                .await
                .unwrap();
            if i % 2 == 0 {
                st.complete_record(
                    id,
                    Completion {
                        response: Some("ok".into()),
                        upstream_status: Some(200),
                        error: None,
                    },
                )
                .await
                .unwrap();
            }
            id
        }));
    }
    let mut ids = std::collections::HashSet::new();
    for t in tasks {
        assert!(ids.insert(t.await.unwrap()));
    }
    let report = f.store.verify().await.unwrap();
    assert!(report.ok(), "{report:?}");
    let total: u64 = report.chains.iter().map(|c| c.records).sum();
    assert_eq!(total, 300);
    let events: u64 = report.chains.iter().map(|c| c.events).sum();
    assert_eq!(events, 150);
}

async fn two_instances_share_one_database(b: Backend) {
    let f = fixture(b).await;
    let second = f.second().await;
    let stores: [Arc<dyn Store>; 2] = [f.store.clone(), second];
    let mut tasks = Vec::new();
    for i in 0..200 {
        let st = stores[i % 2].clone();
        tasks.push(tokio::spawn(async move {
            st.begin_record(rec("sn-centrum", "anna", &format!("fråga {i}")))
                .await
                .unwrap()
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let report = stores[1].verify().await.unwrap();
    assert!(report.ok(), "{report:?}");
    assert_eq!(report.chains[0].records, 200);
}

async fn incidents_and_statistics(b: Backend) {
    let f = fixture(b).await;
    let mut r = rec("sn-centrum", "anna", "personnummer 850314-1234");
    r.decision = "refused".into();
    r.sent = None;
    r.level = 2;
    let id = f.store.begin_record(r).await.unwrap();
    f.store
        .begin_record(rec("sn-centrum", "anna", "hej"))
        .await
        .unwrap();
    f.store
        .begin_record(rec("bn-norr", "bo", "hej"))
        .await
        .unwrap();
    let iid = f
        .store
        .add_incident(NewIncident {
            authority: "sn-centrum".into(),
            severity: Severity::Medium,
            kind: "refusal".into(),
            record_id: Some(id),
            user: Some("anna".into()),
            system: Some("public-chat".into()),
            rules: vec!["GBG-2".into()],
            message: "Personnummer till publik tjänst stoppades".into(),
        })
        .await
        .unwrap();
    f.store
        .add_incident(NewIncident {
            authority: "bn-norr".into(),
            severity: Severity::High,
            kind: "upstream_error".into(),
            record_id: None,
            user: None,
            system: Some("public-chat".into()),
            rules: vec![],
            message: "502 från tjänsten".into(),
        })
        .await
        .unwrap();
    let i = f.store.incident(iid).await.unwrap().unwrap();
    assert_eq!(i.record_id, Some(id));
    assert_eq!(i.rules, ["GBG-2"]);
    assert_eq!(i.severity, Severity::Medium);
    let list = f.store.incidents(Some("sn-centrum"), 10).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(f.store.incidents(None, 0).await.unwrap().len(), 2);
    let counts = f.store.incident_counts().await.unwrap();
    assert_eq!(counts.len(), 2);
    assert!(counts.iter().all(|c| c.count == 1));
    let stats = f.store.stats_monthly(None).await.unwrap();
    let month = Utc::now().format("%Y-%m").to_string();
    let total: u64 = stats.iter().map(|s| s.count).sum();
    assert_eq!(total, 3);
    assert!(stats.iter().all(|s| s.month == month));
    let sn = f.store.stats_monthly(Some("sn-centrum")).await.unwrap();
    assert_eq!(sn.len(), 2, "{sn:?}");
    assert!(sn
        .iter()
        .any(|s| s.decision == "refused" && s.level == 2 && s.count == 1));
}

async fn begin_is_durable_when_it_returns(b: Backend) {
    let f = fixture(b).await;
    let id = f
        .store
        .begin_record(rec("sn-centrum", "anna", "hej"))
        .await
        .unwrap();
    // Another connection (another process, as it were) sees it at once.
    let other = f.second().await;
    assert!(other.get_record(id, &admin()).await.unwrap().is_some());
}

async fn bad_input_is_an_error(b: Backend) {
    let f = fixture(b).await;
    let mut r = rec("sn-centrum", "anna", "hej");
    r.decision = "kanske".into();
    assert!(matches!(
        f.store.begin_record(r).await,
        Err(StoreError::Invalid(_))
    ));
    let r = rec("", "anna", "hej");
    assert!(matches!(
        f.store.begin_record(r).await,
        Err(StoreError::Invalid(_))
    ));
    let mut r = rec("sn-centrum", "anna", "hej");
    r.level = 9;
    assert!(matches!(
        f.store.begin_record(r).await,
        Err(StoreError::Invalid(_))
    ));
    assert!("inte-ett-id".parse::<RecordId>().is_err());
}

fn text_query(text: &str) -> SearchQuery {
    SearchQuery {
        text: Some(text.into()),
        ..Default::default()
    }
}

async fn search_spans_request_and_answer_and_is_newest_first(b: Backend) {
    let f = fixture(b).await;
    let a = admin();
    let start = Utc::now();
    let mut ids = Vec::new();
    for i in 0..5 {
        let id = f
            .store
            .begin_record(rec("sn-centrum", "anna", &format!("fråga {i} om bygglov")))
            .await
            .unwrap();
        ids.push(id);
    }
    f.store
        .complete_record(
            ids[1],
            Completion {
                response: Some("Svaret nämner strandskydd".into()),
                upstream_status: Some(200),
                error: None,
            },
        )
        .await
        .unwrap();
    let found = |q: SearchQuery| {
        let st = f.store.clone();
        let a = a.clone();
        async move {
            st.search(&q, &a)
                .await
                .unwrap()
                .into_iter()
                .map(|v| v.id)
                .collect::<Vec<_>>()
        }
    };
    // One word from the request, one from the answer: the same record.
    assert_eq!(found(text_query("bygglov strandskydd")).await, [ids[1]]);
    // The request's words still find the answered record, once.
    let mut newest_first = ids.clone();
    newest_first.reverse();
    assert_eq!(found(text_query("bygglov")).await, newest_first);
    let oldest = SearchQuery {
        oldest_first: true,
        limit: Some(2),
        ..text_query("bygglov")
    };
    assert_eq!(found(oldest).await, ids[..2]);
    let none_yet = SearchQuery {
        to: Some(start),
        ..text_query("bygglov")
    };
    assert!(found(none_yet).await.is_empty());
    let later = SearchQuery {
        from: Some(Utc::now()),
        ..text_query("bygglov")
    };
    assert!(found(later).await.is_empty());
}

async fn index_is_rebuilt_when_a_migration_asks(b: Backend) {
    let f = fixture(b).await;
    let id = f
        .store
        .begin_record(rec(
            "sn-centrum",
            "anna",
            "Sammanfatta remissen om detaljplan",
        ))
        .await
        .unwrap();
    f.store
        .complete_record(
            id,
            Completion {
                response: Some("Remissen gäller Kvarnbyn".into()),
                upstream_status: Some(200),
                error: None,
            },
        )
        .await
        .unwrap();
    // An index lost (as after the migration that introduced it), and the flag that asks for it.
    f.exec("DELETE FROM record_words").await;
    f.exec("INSERT INTO store_meta (key, value) VALUES ('reindex', '1')")
        .await;
    assert!(f
        .store
        .search(&text_query("detaljplan"), &admin())
        .await
        .unwrap()
        .is_empty());
    let reopened = f.second().await;
    for q in ["detaljplan", "kvarnbyn", "remissen kvarnbyn"] {
        let hits = reopened.search(&text_query(q), &admin()).await.unwrap();
        assert_eq!(hits.iter().map(|v| v.id).collect::<Vec<_>>(), [id], "{q}");
    }
    assert_eq!(
        f.exec("DELETE FROM store_meta WHERE key = 'reindex'").await,
        0,
        "the flag is cleared"
    );
}

/// The sent text is stored once when it left as requested; it still reads back as sent, and
/// a refused request (nothing sent) still reads back as nothing sent.
async fn sent_text_reads_back_whether_stored_once_or_twice(b: Backend) {
    let f = fixture(b).await;
    let allowed = f
        .store
        .begin_record(rec("sn-centrum", "anna", "Sammanfatta protokollet"))
        .await
        .unwrap();
    let mut r = rec("sn-centrum", "anna", "personnummer 850314-1234");
    r.decision = "refused".into();
    r.sent = None;
    let refused = f.store.begin_record(r).await.unwrap();
    let a = f
        .store
        .get_record(allowed, &admin())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.request.as_deref(), Some("Sammanfatta protokollet"));
    assert_eq!(a.sent.as_deref(), Some("Sammanfatta protokollet"));
    let r = f
        .store
        .get_record(refused, &admin())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(r.request.as_deref(), Some("personnummer 850314-1234"));
    assert_eq!(r.sent, None);
    assert!(f.store.verify().await.unwrap().ok());
}

/// SQLite: no commit checkpoints the WAL (`wal_autocheckpoint` is off); a background task
/// copies it back into the database file. Records written and then left alone end up in the
/// database file within a second, and the WAL is reset for reuse.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_wal_is_checkpointed_in_the_background() {
    let f = fixture(Backend::Sqlite).await;
    let path = f.url.strip_prefix("sqlite://").unwrap().to_string();
    let db_size = || std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    // let the checkpoint after the migrations pass
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let before = db_size();
    let text = "beslut ".repeat(700);
    for i in 0..200 {
        let id = f
            .store
            .begin_record(rec("ks", &format!("u{i}"), &text))
            .await
            .unwrap();
        f.store
            .complete_record(
                id,
                vakt_store::Completion {
                    response: Some("svar".into()),
                    upstream_status: Some(200),
                    error: None,
                },
            )
            .await
            .unwrap();
    }
    let mut grown = false;
    for _ in 0..30 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if db_size() > before + 200 * 4096 / 2 {
            grown = true;
            break;
        }
    }
    assert!(
        grown,
        "the database file did not grow ({before} → {} bytes): the WAL was not checkpointed",
        db_size()
    );
    // everything written is still there and verifies
    assert!(f.store.verify().await.unwrap().ok());
}

/// SQLite writes a record's index entry once, at completion (request and answer together).
/// A record still in flight is found all the same: a free-text search first indexes what is
/// pending, and so does the start-up after a process stopped before a completion.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_indexes_each_record_once_and_finds_those_in_flight() {
    let f = fixture(Backend::Sqlite).await;
    let pending = || f.exec("UPDATE index_pending SET seq = seq");
    let ids =
        |hits: Vec<vakt_store::RecordView>| hits.into_iter().map(|v| v.id).collect::<Vec<_>>();
    let a = f
        .store
        .begin_record(rec(
            "sn-centrum",
            "anna",
            "Sammanfatta ansökan om strandskyddsdispens",
        ))
        .await
        .unwrap();
    assert_eq!(pending().await, 1, "no index entry until the completion");
    // in flight, and found: the search indexes it first
    let hits = f
        .store
        .search(&text_query("strandskyddsdispens"), &admin())
        .await
        .unwrap();
    assert_eq!(ids(hits), [a]);
    assert_eq!(pending().await, 0);
    // the completion writes request and answer together, over the entry the search wrote
    f.store
        .complete_record(
            a,
            Completion {
                response: Some("Dispensen gäller Kvarnbyn".into()),
                upstream_status: Some(200),
                error: None,
            },
        )
        .await
        .unwrap();
    for q in ["kvarnbyn", "strandskyddsdispens kvarnbyn"] {
        let hits = f.store.search(&text_query(q), &admin()).await.unwrap();
        assert_eq!(ids(hits), [a], "{q}");
    }
    // completed before any search: indexed once, nothing left pending
    let b = f
        .store
        .begin_record(rec(
            "sn-centrum",
            "anna",
            "Skriv en kallelse till förrättningen",
        ))
        .await
        .unwrap();
    f.store
        .complete_record(
            b,
            Completion {
                response: None,
                upstream_status: Some(403),
                error: Some("nekad".into()),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        pending().await,
        0,
        "a completion without an answer indexes the request"
    );
    let hits = f
        .store
        .search(&text_query("förrättningen"), &admin())
        .await
        .unwrap();
    assert_eq!(ids(hits), [b]);
    // the process stops with a record in flight: the next start indexes it
    let c = f
        .store
        .begin_record(rec("sn-centrum", "anna", "Översätt beslutet om färdtjänst"))
        .await
        .unwrap();
    assert_eq!(pending().await, 1);
    let reopened = f.second().await;
    assert_eq!(pending().await, 0, "indexed at start-up");
    f.exec("INSERT INTO index_pending (seq) VALUES (-1)").await;
    let hits = reopened
        .search(&text_query("färdtjänst"), &admin())
        .await
        .unwrap();
    assert_eq!(ids(hits), [c]);
}
