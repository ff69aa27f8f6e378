#include "gui/case/CaseFactsForm.h"

#include "ui_CaseFactsForm.h"

#include "gui/Debouncer.h"
#include "gui/FormSupport.h"
#include "session/CaseEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>

namespace piadesk {

namespace {
const QString kEquipment = QStringLiteral("equipment");
const QString kMethods = QStringLiteral("methods");
} // namespace

CaseFactsForm::CaseFactsForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CaseFactsForm)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    for (const auto& entry : enumEntries<PlaceKind>())
        m_ui->placeKind->addItem(QString(), int(entry.value));
    for (const auto& entry : enumEntries<CaseStatus>())
        m_ui->status->addItem(QString(), int(entry.value));
    auto* methodsLayout = new QHBoxLayout(m_ui->methodsBox);
    methodsLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto& entry : enumEntries<Method>()) {
        auto* box = new QCheckBox(m_ui->methodsBox);
        box->setObjectName(QStringLiteral("method_") + enumKey(entry.value));
        methodsLayout->addWidget(box);
        m_methods.append({ entry.value, box });
        connect(box, &QCheckBox::toggled, this, [this] { m_debouncer->commitNow(kMethods); });
    }
    methodsLayout->addStretch();
    retranslateTexts();
    m_ui->equipmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->equipmentTable->verticalHeader()->hide();
    m_ui->equipmentTable->setMinimumHeight(120);
    // Text boxes of a few lines (they scroll past that), so the dates and the status below stay in reach.
    for (QPlainTextEdit* box :
        { m_ui->caseDescription, m_ui->places, m_ui->purposes, m_ui->anonymization, m_ui->vendors })
        FormSupport::limitToLines(box, 5);

    m_debouncer->watch(m_ui->caseName, QStringLiteral("caseName"));
    m_debouncer->watch(m_ui->storageLocation, QStringLiteral("storageLocation"));
    m_debouncer->watch(m_ui->storagePeriod, QStringLiteral("storagePeriod"));
    m_debouncer->watch(m_ui->caseDescription, QStringLiteral("caseDescription"));
    m_debouncer->watch(m_ui->places, QStringLiteral("places"));
    m_debouncer->watch(m_ui->purposes, QStringLiteral("purposes"));
    m_debouncer->watch(m_ui->anonymization, QStringLiteral("anonymization"));
    m_debouncer->watch(m_ui->vendors, QStringLiteral("vendors"));
    connect(m_ui->storedPeople, &QSpinBox::valueChanged, this,
        [this] { m_debouncer->poke(QStringLiteral("storedPeople")); });
    connect(m_ui->storedPeople, &QSpinBox::editingFinished, m_debouncer, &Debouncer::flush);
    connect(
        m_ui->startOfUse, &DateField::dateChanged, this, [this] { m_debouncer->poke(QStringLiteral("startOfUse")); });
    connect(m_ui->endOfUse, &DateField::dateChanged, this, [this] { m_debouncer->poke(QStringLiteral("endOfUse")); });
    connect(m_ui->startOfUse, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
    connect(m_ui->endOfUse, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
    connect(m_ui->thresholdReachedOn, &DateField::dateChanged, this,
        [this] { m_debouncer->poke(QStringLiteral("thresholdReachedOn")); });
    connect(m_ui->thresholdReachedOn, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
    connect(m_ui->placeKind, &QComboBox::currentIndexChanged, this,
        [this] { m_debouncer->commitNow(QStringLiteral("placeKind")); });
    connect(m_ui->status, &QComboBox::currentIndexChanged, this,
        [this] { m_debouncer->commitNow(QStringLiteral("status")); });
    for (QCheckBox* box : { m_ui->publicPlace, m_ui->minorsUnder14, m_ui->originalImagesStored }) {
        connect(box, &QCheckBox::toggled, this, [this, box] { m_debouncer->commitNow(box->objectName()); });
    }
    connect(m_ui->equipmentTable, &QTableWidget::itemChanged, this, [this] { m_debouncer->poke(kEquipment); });
    connect(m_ui->addEquipment, &QPushButton::clicked, this, [this] {
        QList<Equipment> list = equipment();
        list.append(Equipment { tr("Camera"), QString(), QString(), 1 });
        showEquipment(list);
        m_debouncer->commitNow(kEquipment);
        m_ui->equipmentTable->setCurrentCell(int(list.size()) - 1, 0);
        m_ui->equipmentTable->setFocus();
    });
    connect(m_ui->removeEquipment, &QPushButton::clicked, this, [this] {
        const int row = m_ui->equipmentTable->currentRow();
        if (row < 0)
            return;
        m_ui->equipmentTable->removeRow(row);
        m_debouncer->commitNow(kEquipment);
    });
    connect(m_debouncer, &Debouncer::commit, this, &CaseFactsForm::edited);
}

CaseFactsForm::~CaseFactsForm() = default;

void CaseFactsForm::retranslateTexts()
{
    for (int i = 0; i < m_ui->placeKind->count(); ++i)
        m_ui->placeKind->setItemText(i, enumLabel(PlaceKind(m_ui->placeKind->itemData(i).toInt())));
    for (int i = 0; i < m_ui->status->count(); ++i)
        m_ui->status->setItemText(i, enumLabel(CaseStatus(m_ui->status->itemData(i).toInt())));
    for (const auto& method : std::as_const(m_methods))
        method.second->setText(enumLabel(method.first));
    m_ui->equipmentTable->setHorizontalHeaderLabels({ tr("Device"), tr("Model"), tr("Vendor"), tr("Quantity") });
}

void CaseFactsForm::retranslate()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
}

bool CaseFactsForm::keeps(const QString& key) const
{
    // What the user is typing, and what could not be saved, stays as it is.
    if (m_problems.contains(key))
        return true;
    const QWidget* w = findChild<QWidget*>(key == kEquipment ? QStringLiteral("equipmentTable") : key);
    return w && w->hasFocus() && m_debouncer->isPending();
}

void CaseFactsForm::setFacts(const CaseFacts& f)
{
    const auto setLine = [this](QLineEdit* e, const QString& v) {
        if (!keeps(e->objectName()))
            FormSupport::setText(e, v);
    };
    const auto setPlain = [this](QPlainTextEdit* e, const QString& v) {
        if (!keeps(e->objectName()))
            FormSupport::setText(e, v);
    };
    setLine(m_ui->caseName, f.name);
    setPlain(m_ui->caseDescription, f.description);
    setPlain(m_ui->places, f.places.join(QLatin1Char('\n')));
    setPlain(m_ui->purposes, f.purposes.join(QLatin1Char('\n')));
    setPlain(m_ui->vendors, f.vendors.join(QLatin1Char('\n')));
    setPlain(m_ui->anonymization, f.anonymization);
    setLine(m_ui->storageLocation, f.storageLocation);
    setLine(m_ui->storagePeriod, f.storagePeriod);
    const QSignalBlocker b1(m_ui->placeKind), b2(m_ui->status), b3(m_ui->publicPlace), b4(m_ui->minorsUnder14),
        b5(m_ui->originalImagesStored), b6(m_ui->storedPeople), b7(m_ui->startOfUse), b8(m_ui->endOfUse),
        b9(m_ui->thresholdReachedOn);
    m_ui->placeKind->setCurrentIndex(m_ui->placeKind->findData(int(f.placeKind)));
    m_ui->status->setCurrentIndex(m_ui->status->findData(int(f.status)));
    m_ui->publicPlace->setChecked(f.publicPlace);
    m_ui->minorsUnder14->setChecked(f.minorsUnder14);
    m_ui->originalImagesStored->setChecked(f.originalImagesStored);
    if (!keeps(QStringLiteral("storedPeople")))
        m_ui->storedPeople->setValue(int(qMin<qint64>(f.storedPeople, m_ui->storedPeople->maximum())));
    if (!keeps(QStringLiteral("startOfUse")))
        FormSupport::setDate(m_ui->startOfUse, f.startOfUse);
    if (!keeps(QStringLiteral("endOfUse")))
        FormSupport::setDate(m_ui->endOfUse, f.endOfUse);
    if (!keeps(QStringLiteral("thresholdReachedOn")))
        FormSupport::setDate(m_ui->thresholdReachedOn, f.thresholdReachedOn);
    for (const auto& [method, box] : std::as_const(m_methods)) {
        const QSignalBlocker blocker(box);
        box->setChecked(f.methods.contains(method));
    }
    if (!keeps(kEquipment) && equipment() != f.equipment)
        showEquipment(f.equipment);
}

QList<Equipment> CaseFactsForm::equipment() const
{
    QList<Equipment> out;
    const QTableWidget* t = m_ui->equipmentTable;
    const auto text = [t](int row, int column) {
        const QTableWidgetItem* item = t->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < t->rowCount(); ++row)
        out.append(Equipment { text(row, 0), text(row, 1), text(row, 2), qMax(0, text(row, 3).toInt()) });
    return out;
}

void CaseFactsForm::showEquipment(const QList<Equipment>& equipment)
{
    QTableWidget* t = m_ui->equipmentTable;
    const QSignalBlocker blocker(t);
    t->setRowCount(int(equipment.size()));
    for (int row = 0; row < equipment.size(); ++row) {
        const Equipment& e = equipment.at(row);
        t->setItem(row, 0, new QTableWidgetItem(e.name));
        t->setItem(row, 1, new QTableWidgetItem(e.model));
        t->setItem(row, 2, new QTableWidgetItem(e.vendor));
        t->setItem(row, 3, new QTableWidgetItem(QString::number(e.quantity)));
    }
}

CaseFacts CaseFactsForm::apply(const CaseFacts& base, const QString& key) const
{
    CaseFacts f = base;
    if (key == QLatin1String("caseName"))
        f.name = m_ui->caseName->text().trimmed();
    else if (key == QLatin1String("caseDescription"))
        f.description = m_ui->caseDescription->toPlainText();
    else if (key == QLatin1String("places"))
        f.places = FormSupport::lines(m_ui->places->toPlainText());
    else if (key == QLatin1String("purposes"))
        f.purposes = FormSupport::lines(m_ui->purposes->toPlainText());
    else if (key == QLatin1String("vendors"))
        f.vendors = FormSupport::lines(m_ui->vendors->toPlainText());
    else if (key == QLatin1String("anonymization"))
        f.anonymization = m_ui->anonymization->toPlainText();
    else if (key == QLatin1String("storageLocation"))
        f.storageLocation = m_ui->storageLocation->text().trimmed();
    else if (key == QLatin1String("storagePeriod"))
        f.storagePeriod = m_ui->storagePeriod->text().trimmed();
    else if (key == QLatin1String("placeKind"))
        f.placeKind = PlaceKind(m_ui->placeKind->currentData().toInt());
    else if (key == QLatin1String("status"))
        f.status = CaseStatus(m_ui->status->currentData().toInt());
    else if (key == QLatin1String("publicPlace"))
        f.publicPlace = m_ui->publicPlace->isChecked();
    else if (key == QLatin1String("minorsUnder14"))
        f.minorsUnder14 = m_ui->minorsUnder14->isChecked();
    else if (key == QLatin1String("originalImagesStored"))
        f.originalImagesStored = m_ui->originalImagesStored->isChecked();
    else if (key == QLatin1String("storedPeople"))
        f.storedPeople = m_ui->storedPeople->value();
    else if (key == QLatin1String("startOfUse"))
        f.startOfUse = FormSupport::date(m_ui->startOfUse);
    else if (key == QLatin1String("endOfUse"))
        f.endOfUse = FormSupport::date(m_ui->endOfUse);
    else if (key == QLatin1String("thresholdReachedOn"))
        f.thresholdReachedOn = FormSupport::date(m_ui->thresholdReachedOn);
    else if (key == kEquipment)
        f.equipment = equipment();
    else if (key == kMethods) {
        f.methods.clear();
        for (const auto& [method, box] : m_methods) {
            if (box->isChecked())
                f.methods.append(method);
        }
    }
    return f;
}

void CaseFactsForm::setReadOnly(bool readOnly)
{
    const auto lineEdits = findChildren<QLineEdit*>();
    for (QLineEdit* e : lineEdits)
        e->setReadOnly(readOnly);
    const auto plainEdits = findChildren<QPlainTextEdit*>();
    for (QPlainTextEdit* e : plainEdits)
        e->setReadOnly(readOnly);
    m_ui->storedPeople->setReadOnly(readOnly);
    m_ui->startOfUse->setReadOnly(readOnly);
    m_ui->endOfUse->setReadOnly(readOnly);
    m_ui->thresholdReachedOn->setReadOnly(readOnly);
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_ui->placeKind, m_ui->status, m_ui->publicPlace, m_ui->minorsUnder14,
            m_ui->originalImagesStored, m_ui->methodsBox, m_ui->addEquipment, m_ui->removeEquipment })
        w->setEnabled(!readOnly);
    m_ui->equipmentTable->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
}

void CaseFactsForm::setProblem(const QString& key, const QString& problem)
{
    FormSupport::setProblem(this, m_problems, m_ui->problemLabel, key, problem);
}

QStringList CaseFactsForm::unsavedFields() const
{
    return FormSupport::labelsOf(this, m_problems.keys());
}

void CaseFactsForm::saveThrough(CaseEditor& editor, std::function<bool(const std::function<bool()>&)> wrap)
{
    connect(this, &CaseFactsForm::edited, this, [this, &editor, wrap](const QStringList& keys) {
        for (const QString& key : keys) {
            const bool ok = wrap([&] { return editor.setFacts(apply(editor.facts(), key), key); });
            setProblem(key, ok ? QString() : editor.errorString());
        }
    });
}

} // namespace piadesk
