#include "SummaryTable.h"

#include "core/ModelJson.h"

#include "CaseHeads.h"
#include "StoreContext.h"
#include "StoreRows.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <limits>

namespace piadesk {

using namespace StoreRows;

namespace {

/** The register's columns of the cases listed as stale with ids in [?1, ?2], read from the case tables. */
const QString kStaleCases = QStringLiteral(
    "SELECT c.id, c.uuid, c.name, o.name, c.status, c.public_place, c.stored_people, c.updated_at, c.rule_set, "
    "(SELECT COUNT(*) FROM assessment a WHERE a.case_id = c.id), "
    "COALESCE((SELECT MAX(a.number) FROM assessment a WHERE a.case_id = c.id), 0), "
    "(SELECT a.state FROM assessment a WHERE a.case_id = c.id ORDER BY a.number DESC LIMIT 1) "
    "FROM frt_case c JOIN organisation o ON o.id = c.organisation_id "
    "WHERE c.id IN (SELECT case_id FROM case_summary_stale WHERE case_id BETWEEN ?1 AND ?2) ORDER BY c.id");

/** How many stale cases refresh() forms at a time, and how far apart their ids may be. */
constexpr int kBatch = 2000;

const QString kDigestKey = QStringLiteral("digest");

QString retentionText(const QList<std::pair<int, QDate>>& retention)
{
    QStringList parts;
    for (const auto& [version, date] : retention)
        parts.append(QStringLiteral("%1:%2").arg(version).arg(dateText(date)));
    return parts.join(QLatin1Char(' '));
}

QList<std::pair<int, QDate>> retentionFrom(QByteArrayView text)
{
    QList<std::pair<int, QDate>> retention;
    while (!text.isEmpty()) {
        const qsizetype space = text.indexOf(' ');
        const QByteArrayView part = space < 0 ? text : text.first(space);
        text = space < 0 ? QByteArrayView() : text.sliced(space + 1);
        const qsizetype colon = part.indexOf(':');
        if (colon > 0)
            retention.append({ part.first(colon).toInt(), ModelJson::parseDate(part.sliced(colon + 1)) });
    }
    return retention;
}

/**
 * The same text read again and again (organisations, rule sets, deadline kinds) as one shared QString: a register
 * of 100,000 cases holds each once, not 100,000 times.
 */
class Interner
{
public:
    QString operator()(QByteArrayView text)
    {
        if (text.isNull())
            return {};
        const auto it = m_seen.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (it != m_seen.cend())
            return *it;
        QString string = QString::fromUtf8(text);
        if (m_seen.size() < kMost) // past that, texts seldom repeat: not worth the memory
            m_seen.insert(text.toByteArray(), string);
        return string;
    }

private:
    static constexpr qsizetype kMost = 20000;
    QHash<QByteArray, QString> m_seen;
};

/** A register row from the first 12 columns of \a s, in the order of kStaleCases. */
CaseSummary rowFrom(const Statement& s, Interner& intern)
{
    CaseSummary c;
    c.id = s.integer(0);
    c.uuid = s.text(1);
    c.name = s.text(2);
    c.organisation = intern(s.utf8(3));
    c.status = enumFrom(s.text(4), CaseStatus::Planned);
    c.publicPlace = s.integer(5) != 0;
    c.storedPeople = s.integer(6);
    c.updatedAt = s.utf8(7).isEmpty() ? QDateTime() : ModelJson::parseDateTime(s.utf8(7));
    c.ruleSetId = intern(s.utf8(8));
    c.versions = int(s.integer(9));
    c.latestVersion = int(s.integer(10));
    c.latestState = enumFrom(s.text(11), AssessmentState::Draft);
    return c;
}

/** The digest from columns \a first… of \a s, in the order case_summary keeps them from digested on. */
CaseDigest digestFrom(const Statement& s, int first, Interner& intern)
{
    CaseDigest d;
    d.overallRisk = s.isNull(first + 1) ? -1 : int(s.integer(first + 1));
    if (!s.isNull(first + 2)) {
        d.filing = DigestDeadline { intern(s.utf8(first + 2)), 0, ModelJson::parseDate(s.utf8(first + 4)),
            s.integer(first + 5) != 0, {} };
        d.filingOpen = s.integer(first + 3) != 0;
    }
    d.filingRequired = s.integer(first + 6) != 0;
    if (!s.isNull(first + 7))
        d.next = DigestDeadline { intern(s.utf8(first + 7)), int(s.integer(first + 8)),
            ModelJson::parseDate(s.utf8(first + 9)), s.integer(first + 10) != 0, intern(s.utf8(first + 11)) };
    d.retention = retentionFrom(s.utf8(first + 12));
    return d;
}

/** Forms the summaries of the stale cases with ids in [from, to] (at most kBatch cases) and unlists them. */
bool refreshRange(StoreContext& store, qint64 from, qint64 to)
{
    const auto run = [&](const QString& sql) {
        Statement s(store.db, sql);
        s.bind(1, from).bind(2, to);
        return s.run();
    };
    const QString inRange
        = QStringLiteral("IN (SELECT case_id FROM case_summary_stale WHERE case_id BETWEEN ?1 AND ?2)");
    if (!run(QStringLiteral("DELETE FROM case_summary WHERE case_id %1").arg(inRange))
        || !run(QStringLiteral("DELETE FROM case_deadline WHERE case_id %1").arg(inRange))
        || !run(QStringLiteral("INSERT INTO case_summary(case_id, uuid, name, organisation, status, public_place, "
                               "stored_people, updated_at, rule_set, versions, latest_version, latest_state) %1")
                    .arg(kStaleCases)))
        return store.failFromDb();

    QList<CaseBundle> heads;
    if (!CaseHeads::load(store, from - 1, int(to - from + 1), store.digester->parts, &heads))
        return false;
    Statement isStale(store.db, QStringLiteral("SELECT 1 FROM case_summary_stale WHERE case_id = ?"));
    Statement update(store.db,
        QStringLiteral("UPDATE case_summary SET digested = 1, overall_risk = ?, filing_kind = ?, filing_open = ?, "
                       "filing_date = ?, filing_estimated = ?, filing_required = ?, next_kind = ?, next_version = ?, "
                       "next_due = ?, next_estimated = ?, next_subject = ?, retention = ? WHERE case_id = ?"));
    Statement insert(store.db, QStringLiteral("INSERT INTO case_deadline(case_id, due, estimated) VALUES (?, ?, ?)"));
    for (const CaseBundle& bundle : std::as_const(heads)) {
        const qint64 id = bundle.caseInfo.id;
        if (id > to)
            break;
        isStale.reset();
        isStale.bind(1, id);
        if (!isStale.next()) {
            if (!isStale.ok())
                return store.failFromDb();
            continue;
        }
        const std::optional<CaseDigest> formed = store.digester->digest(bundle);
        if (!formed)
            continue; // not digested: the reader says why
        const CaseDigest& d = *formed;
        update.reset();
        if (d.overallRisk >= 0)
            update.bind(1, d.overallRisk);
        else
            update.bindNull(1);
        if (d.filing) {
            update.bind(2, d.filing->kind).bind(3, d.filingOpen).bindOptional(4, dateText(d.filing->due));
            update.bind(5, d.filing->estimated);
        } else {
            update.bindNull(2).bindNull(3).bindNull(4).bindNull(5);
        }
        update.bind(6, d.filingRequired);
        if (d.next) {
            update.bind(7, d.next->kind).bind(8, d.next->version).bindOptional(9, dateText(d.next->due));
            update.bind(10, d.next->estimated).bind(11, d.next->subject);
        } else {
            update.bindNull(7).bindNull(8).bindNull(9).bindNull(10).bindNull(11);
        }
        update.bind(12, retentionText(d.retention)).bind(13, id);
        if (!update.run())
            return store.failFromDb();
        for (const DigestDeadline& open : d.open) {
            insert.reset();
            insert.bind(1, id).bindOptional(2, dateText(open.due)).bind(3, open.estimated);
            if (!insert.run())
                return store.failFromDb();
        }
    }
    return run(QStringLiteral("DELETE FROM case_summary_stale WHERE case_id BETWEEN ?1 AND ?2")) || store.failFromDb();
}

/**
 * Forms the summaries of up to \a limit stale cases (0: all) listed after \a mark (a rowid of case_summary_stale; 0:
 * every one); \a left is set to whether such cases remain.
 */
bool refreshSome(StoreContext& store, int limit, bool* left, qint64 mark = 0)
{
    *left = false;
    // Without the fingerprint recorded (setDigester() could not write it), nothing is formed: the cases stay listed,
    // and are read from the case tables.
    if (!store.digester || !store.digestsCurrent)
        return true;
    QList<qint64> stale;
    {
        Statement s(store.db,
            QStringLiteral("SELECT DISTINCT case_id FROM case_summary_stale WHERE rowid > ? ORDER BY case_id LIMIT ?"));
        // One more than asked for: whether any remain.
        s.bind(1, mark).bind(2, limit > 0 ? qint64(limit) + 1 : std::numeric_limits<qint64>::max());
        while (s.next())
            stale.append(s.integer(0));
        if (!s.ok())
            return store.failFromDb();
    }
    const qsizetype take = limit > 0 ? std::min<qsizetype>(stale.size(), limit) : stale.size();
    *left = stale.size() > take;
    for (qsizetype i = 0; i < take;) {
        // A run of stale ids close enough together to be read as one range of cases.
        qsizetype j = i + 1;
        while (j < take && j - i < kBatch && stale.at(j) - stale.at(i) < kBatch)
            ++j;
        if (!refreshRange(store, stale.at(i), stale.at(j - 1)))
            return false;
        i = j;
    }
    return true;
}

} // namespace

namespace SummaryTable {

bool setDigester(StoreContext& store, std::shared_ptr<const CaseStore::Digester> digester, bool formNow)
{
    store.digester = std::move(digester);
    store.digestsCurrent = false;
    if (!store.digester)
        return true;
    {
        Statement s(store.db, QStringLiteral("SELECT value FROM summary_meta WHERE key = ?"));
        s.bind(1, kDigestKey);
        store.digestsCurrent = s.next() && s.text(0) == store.digester->fingerprint;
        if (!s.ok())
            return store.failFromDb();
    }
    if (store.readOnly)
        return true;
    if (!store.digestsCurrent) {
        // Every digest formed again: listed as stale with the new fingerprint in one transaction, so that a summary
        // not listed is always one formed under the fingerprint recorded.
        Transaction t(store.db);
        Statement meta(store.db,
            QStringLiteral("INSERT INTO summary_meta(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                           "excluded.value"));
        meta.bind(1, kDigestKey).bind(2, store.digester->fingerprint);
        if (!t.isActive()
            || !store.db.exec(QStringLiteral("INSERT INTO case_summary_stale(case_id) SELECT id FROM frt_case"))
            || !meta.run() || !t.commit())
            return store.failFromDb();
        store.digestsCurrent = true;
    }
    // A few thousand cases a transaction: an interrupted rebuild goes on where it stopped the next time.
    for (bool left = formNow; left;) {
        Transaction t(store.db);
        if (!t.isActive() || !refreshSome(store, 5 * kBatch, &left))
            return store.failFromDb();
        if (!t.commit())
            return store.failFromDb();
    }
    return true;
}

bool refresh(StoreContext& store, qint64 mark)
{
    bool left = false;
    return refreshSome(store, 0, &left, mark);
}

qint64 staleMark(StoreContext& store)
{
    return store.digester
        ? store.db.scalar(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM case_summary_stale")).toLongLong()
        : 0;
}

bool formSome(StoreContext& store, int limit, qint64* remaining)
{
    *remaining = 0;
    if (!store.digester || store.readOnly)
        return true;
    // Only under the fingerprint summary_meta records: a summary unlisted is always one formed under it.
    if (!store.digestsCurrent)
        return store.fail(CaseStore::tr("The case summaries cannot be formed: the file did not record the rules "
                                        "and calendar they are formed under."));
    bool left = false;
    Transaction t(store.db);
    if (!t.isActive() || !refreshSome(store, std::max(1, limit), &left) || !t.commit())
        return store.failFromDb();
    *remaining = staleCases(store);
    return *remaining >= 0 || store.failFromDb();
}

qint64 staleCases(StoreContext& store)
{
    const QVariant count = store.db.scalar(QStringLiteral("SELECT COUNT(DISTINCT case_id) FROM case_summary_stale"));
    return count.isValid() ? count.toLongLong() : -1;
}

bool current(StoreContext& store)
{
    return store.digestsCurrent
        && store.db.scalar(QStringLiteral("SELECT COUNT(*) FROM case_summary_stale")).toInt() == 0;
}

bool visit(StoreContext& store, bool digests, const std::function<void(CaseSummary&&)>& visitor)
{
    // Two cursors in id order, merged: the summaries of cases not stale, and the cases changed since their summary
    // was formed (by a program without PIAdesk's rules), read from the case tables.
    Statement rows(store.db,
        QStringLiteral("SELECT case_id, uuid, name, organisation, status, public_place, stored_people, updated_at, "
                       "rule_set, versions, latest_version, latest_state, digested, overall_risk, filing_kind, "
                       "filing_open, filing_date, filing_estimated, filing_required, next_kind, next_version, "
                       "next_due, next_estimated, next_subject, retention FROM case_summary "
                       "WHERE case_id NOT IN (SELECT case_id FROM case_summary_stale) ORDER BY case_id"));
    Statement stale(store.db, kStaleCases);
    stale.bind(1, qint64(0)).bind(2, std::numeric_limits<qint64>::max());
    const bool withDigests = digests && store.digestsCurrent;
    Interner intern;
    // The stale cases (few) are read whole first; the summaries (one per case: 100,000 rows) then stream in, so that
    // a team store's client does not gather them all in memory before the first; the visitor runs no statement.
    bool changed = stale.next();
    rows.setStreamed(true);
    bool row = rows.next();
    while (row || changed) {
        if (changed && (!row || stale.integer(0) < rows.integer(0))) {
            visitor(rowFrom(stale, intern));
            changed = stale.next();
            continue;
        }
        CaseSummary c = rowFrom(rows, intern);
        if (withDigests && rows.integer(12) != 0)
            c.digest = digestFrom(rows, 12, intern);
        visitor(std::move(c));
        row = rows.next();
    }
    return (rows.ok() && stale.ok()) || store.failFromDb();
}

QList<CaseSummary> list(StoreContext& store)
{
    QList<CaseSummary> rows;
    rows.reserve(store.db.scalar(QStringLiteral("SELECT COUNT(*) FROM case_summary")).toLongLong());
    visit(store, true, [&rows](CaseSummary&& c) { rows.append(std::move(c)); });
    return rows;
}

bool urgent(StoreContext& store, const QDate& today, const QDate& dueSoonBy, int limit, CaseStore::UrgentCases* out)
{
    *out = {};
    const QString by = dateText(dueSoonBy);
    {
        Statement s(store.db,
            QStringLiteral("SELECT COUNT(*), COALESCE(MAX(estimated), 0) FROM case_deadline "
                           "WHERE due IS NULL OR due <= ?"));
        s.bind(1, by);
        if (!s.next())
            return store.failFromDb();
        out->deadlines = s.integer(0);
        out->estimated = s.integer(1) != 0;
    }
    // The cases of the first \a limit urgent deadlines: soonest first, the unscheduled last, as
    // DeadlinePlanner::precedes orders them.
    QSet<qint64> seen;
    int rowsLeft = limit;
    const auto collect = [&](const QString& sql, const QString& before) {
        Statement s(store.db, sql);
        if (before.isEmpty())
            s.bind(1, rowsLeft);
        else
            s.bind(1, before).bind(2, rowsLeft);
        while (s.next()) {
            --rowsLeft;
            const qint64 id = s.integer(0);
            if (!seen.contains(id)) {
                seen.insert(id);
                out->first.append(id);
            }
        }
        return s.ok();
    };
    if (!collect(QStringLiteral("SELECT case_id FROM case_deadline WHERE due <= ? ORDER BY due, case_id LIMIT ?"), by)
        || (rowsLeft > 0
            && !collect(QStringLiteral("SELECT case_id FROM case_deadline WHERE due IS NULL ORDER BY case_id LIMIT ?"),
                QString())))
        return store.failFromDb();
    Statement s(store.db, QStringLiteral("SELECT DISTINCT case_id FROM case_deadline WHERE due < ?"));
    s.bind(1, dateText(today));
    while (s.next())
        out->overdue.insert(s.integer(0));
    return s.ok() || store.failFromDb();
}

} // namespace SummaryTable
} // namespace piadesk
