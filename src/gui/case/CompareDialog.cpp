#include "gui/case/CompareDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace piadesk {

CompareDialog::CompareDialog(
    const QString& caseName, int before, int after, const QList<DiffRow>& rows, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Versions %1 and %2 of %3").arg(before).arg(after).arg(caseName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(rows.isEmpty()
            ? tr("The two versions say the same.")
            : tr("%n item(s) differ(s). Each version is shown with the facts it recorded.", nullptr, int(rows.size())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move within it
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Item"), tr("Version %1").arg(before), tr("Version %1").arg(after) });
    m_table->setRowCount(int(rows.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // rows follow the columns
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int i = 0; i < rows.size(); ++i) {
        const DiffRow& r = rows.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(r.label));
        m_table->setItem(i, 1, new QTableWidgetItem(r.before.isEmpty() ? tr("(none)") : r.before));
        m_table->setItem(i, 2, new QTableWidgetItem(r.after.isEmpty() ? tr("(none)") : r.after));
    }
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace piadesk
