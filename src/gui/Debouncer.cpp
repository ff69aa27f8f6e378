#include "gui/Debouncer.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace piadesk {

Debouncer::Debouncer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &Debouncer::flush);
}

void Debouncer::poke(const QString& key)
{
    if (!m_pending.contains(key))
        m_pending.append(key);
    m_timer.start();
}

void Debouncer::commitNow(const QString& key)
{
    if (!m_pending.contains(key))
        m_pending.append(key);
    flush();
}

void Debouncer::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const QStringList keys = std::exchange(m_pending, {});
    Q_EMIT commit(keys);
}

void Debouncer::watch(QLineEdit* edit, const QString& key)
{
    connect(edit, &QLineEdit::textEdited, this, [this, key] { poke(key); });
    connect(edit, &QLineEdit::editingFinished, this, [this] { flush(); });
}

void Debouncer::watch(QPlainTextEdit* edit, const QString& key)
{
    // textChanged also fires for programmatic changes; the forms block signals while they fill in.
    connect(edit, &QPlainTextEdit::textChanged, this, [this, key] { poke(key); });
}

void Debouncer::flushAll(QObject* root)
{
    const auto all = root->findChildren<Debouncer*>();
    for (Debouncer* d : all)
        d->flush();
}

} // namespace piadesk
