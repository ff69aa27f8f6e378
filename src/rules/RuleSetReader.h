#pragma once

#include "RuleSet.h"
#include "core/JsonReader.h"
#include "core/Problems.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace piadesk {

/**
 * Reads a whole rule set, collecting problems; the checks that need the whole set run at the end
 * (RuleSetChecks.cpp). RuleSetLoader's parts: use RuleSetLoader.
 */
class RuleSetReader
{
public:
    explicit RuleSetReader(Problems& problems)
        : m_problems(problems)
    {
    }

    RuleSet read(const QJsonObject& root);

private:
    static constexpr int kRuleText = 20000;
    /** Ids of questions, flags and materials: lower-case words joined by dots. */
    static const QRegularExpression& idPattern();
    /** Keys of options and scale entries: one lower-case word. */
    static const QRegularExpression& keyPattern();

    LocalizedText text(JsonReader& r, const char* key, bool required = true);
    QList<ArticleRef> articles(JsonReader& r, const char* key, bool required);
    QString id(JsonReader& r, const char* key, const QRegularExpression& pattern);
    QList<Option> options(const QJsonArray& array, const QString& path);
    Question question(const QJsonValue& value, const QString& path, bool screening, const QString& prefix);
    void readSources(const QJsonArray& array, const QString& path, RuleSet& rs);
    void readRisk(const QJsonValue& value, const QString& path, RuleSet& rs);
    void readFiling(const QJsonValue& value, const QString& path, RuleSet& rs);
    void checkReferences(const RuleSet& rs);
    void checkCondition(const RuleSet& rs, const Condition* condition, const QSet<QString>* earlier);
    void checkValue(const QString& path, const QJsonValue& value, const QStringList& allowed, const QString& what);
    template <typename E> QList<ScaleEntry> scale(JsonReader& r, const char* key, bool matchEnum);

    struct PendingRef
    {
        ArticleRef ref;
        QString path;
    };
    Problems& m_problems;
    QList<PendingRef> m_refs;
    qint64 m_formatVersion = 1;
};

} // namespace piadesk
