#include "gui/wizard/AssessmentWizard.h"
#include "gui/wizard/DataMapPage.h"

#include "gui/settings/Appearance.h"

#include "gui/Debouncer.h"
#include "gui/Dialogs.h"
#include "gui/FormSupport.h"
#include "gui/wizard/ChangesPage.h"
#include "gui/wizard/EditorPage.h"
#include "gui/wizard/FactsPage.h"
#include "gui/wizard/MaterialsPage.h"
#include "gui/wizard/OrganisationPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/RisksPage.h"
#include "gui/wizard/ScreeningPage.h"
#include "gui/wizard/SectionPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>

namespace piadesk {

AssessmentWizard::AssessmentWizard(CaseEditor& editor, QWidget* parent)
    : QWizard(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("assessmentWizard"));
    // Modern draws the pages on the fields' colour (white in light): in dark the radio buttons and check boxes,
    // drawn in that colour too, would not show; Classic draws them on the window's colour.
    const auto fitStyle
        = [this] { setWizardStyle(Appearance::isDark() ? QWizard::ClassicStyle : QWizard::ModernStyle); };
    fitStyle();
    connect(Appearance::notifier(), &Appearance::Notifier::changed, this, fitStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    retranslateButtons();

    if (editor.previousVersion())
        m_pages.append(new ChangesPage(editor, this));
    m_pages.append(new OrganisationPage(editor, this));
    m_pages.append(new FactsPage(editor, this));
    if (!editor.ruleSet()->dataMapFields.isEmpty())
        m_pages.append(new DataMapPage(editor, this));
    m_pages.append(new ScreeningPage(editor, this));
    for (const Section& s : editor.ruleSet()->sections) {
        auto* page = new SectionPage(editor, s, this);
        m_sections.append(page);
        m_pages.append(page);
    }
    m_pages.append(new RisksPage(editor, this));
    m_pages.append(new MaterialsPage(editor, this));
    m_review = new ReviewPage(editor, this);
    m_pages.append(m_review);
    for (EditorPage* page : std::as_const(m_pages)) {
        page->setCommitPage(false);
        addPage(page);
    }
    // The steps beside the pages: where one is, what each still misses, and a way to go to any of them.
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setMinimumWidth(200);
    m_steps->setMaximumWidth(230);
    for (const int id : pageIds()) {
        auto* item = new QListWidgetItem(m_steps);
        item->setData(Qt::UserRole, id);
    }
    setSideWidget(m_steps);
    connect(m_steps, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { goToPage(item->data(Qt::UserRole).toInt()); });
    connect(m_steps, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { goToPage(item->data(Qt::UserRole).toInt()); });
    connect(this, &QWizard::currentIdChanged, this, &AssessmentWizard::updateSteps);
    connect(m_review, &ReviewPage::showItem, this, &AssessmentWizard::showItem);

    QUndoStack* stack = editor.undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WindowShortcut);
    addAction(m_undo);
    addAction(m_redo);
    connect(button(QWizard::CustomButton1), &QAbstractButton::clicked, this, [this, stack] {
        flush();
        stack->undo();
    });
    connect(button(QWizard::CustomButton2), &QAbstractButton::clicked, stack, &QUndoStack::redo);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("undoButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("redoButton"));
    connect(stack, &QUndoStack::canUndoChanged, button(QWizard::CustomButton1), &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, button(QWizard::CustomButton2), &QWidget::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this,
        [this](const QString& text) { button(QWizard::CustomButton1)->setToolTip(text); });
    button(QWizard::CustomButton1)->setEnabled(stack->canUndo());
    button(QWizard::CustomButton2)->setEnabled(stack->canRedo());

    connect(&editor, &CaseEditor::changed, this, &AssessmentWizard::refresh);
    connect(&editor, &CaseEditor::failed, this, [this](const QString& message) {
        Dialogs::instance().inform(this, tr("Not Saved"),
            tr("The change could not be saved, and the case was read again.\n\n%1").arg(message));
    });
    FormSupport::offerReloadOnConflict(this, &editor);
    connect(this, &QWizard::currentIdChanged, this, [this] { flush(); });
    connect(m_review, &ReviewPage::finalized, this, [this] { updateReadOnly(); });

    resize(1200, 780);
    refresh(CaseEditor::kAll);
    markForReview(editor.sectionsToReview());
}

AssessmentWizard::~AssessmentWizard()
{
    // The editor may be a child of this window and outlive its buttons and pages while children are deleted.
    m_editor.undoStack()->disconnect();
    m_editor.disconnect(this);
    for (EditorPage* page : std::as_const(m_pages))
        m_editor.disconnect(page);
}

SectionPage* AssessmentWizard::sectionPage(const QString& sectionId) const
{
    for (SectionPage* page : m_sections) {
        if (page->section().id == sectionId)
            return page;
    }
    return nullptr;
}

void AssessmentWizard::markForReview(const QStringList& sectionIds)
{
    for (SectionPage* page : std::as_const(m_sections))
        page->setToReview(sectionIds.contains(page->section().id));
}

void AssessmentWizard::retranslateButtons()
{
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CustomButton1, tr("&Undo"));
    setButtonText(QWizard::CustomButton2, tr("&Redo"));
    // QWizard words its Back and Next buttons once, when it is made; after a switch they take Qt's words again.
    const auto qt = [](const char* source) { return QCoreApplication::translate("QWizard", source); };
    setButtonText(QWizard::BackButton, qt("< &Back"));
    setButtonText(QWizard::NextButton, qt("&Next >"));
}

void AssessmentWizard::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event)) {
        // What is being typed is saved first: the pages then show the case again, in the new language.
        flush();
        retranslateButtons();
        for (EditorPage* page : std::as_const(m_pages))
            page->retranslate();
        updateReadOnly(); // the title, and a read-only version's reason as every page's subtitle
        updateSteps();
    }
    QWizard::changeEvent(event);
}

void AssessmentWizard::flush()
{
    Debouncer::flushAll(this);
}

void AssessmentWizard::goToPage(int id)
{
    if (id == currentId() || !page(id))
        return;
    flush();
    const QList<int> ids = pageIds();
    if (ids.indexOf(id) < ids.indexOf(currentId())) {
        if (visitedIds().contains(id)) {
            while (currentId() != id)
                back();
        } else {
            // Before the page the wizard was opened on: start from there (Back then leads no further back).
            setStartId(id);
            restart();
        }
        return;
    }
    while (currentId() != id) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page that does not let the user on says why itself
    }
}

void AssessmentWizard::showItem(const QString& group, const QString& subject)
{
    for (EditorPage* p : std::as_const(m_pages)) {
        if (!p->completenessGroups().contains(group))
            continue;
        goToPage(pageIds().value(m_pages.indexOf(p)));
        if (!subject.isEmpty())
            p->showQuestion(subject);
        return;
    }
}

void AssessmentWizard::updateSteps()
{
    if (!m_steps)
        return;
    const Engine engine = m_editor.engine();
    const AssessmentVersion* v = m_editor.version();
    const bool draft = v && !v->isFinal();
    const CheckResult check = engine.check();
    const Language language = languageFor(QLocale());
    const QIcon done = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon missing = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon stop = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    // Steps with nothing to complete keep their text in line with the others.
    QPixmap blank(m_steps->iconSize().isValid() ? m_steps->iconSize() : QSize(16, 16));
    blank.fill(Qt::transparent);
    const QIcon none(blank);
    const QList<int> ids = pageIds();
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem* item = m_steps->item(row);
        const EditorPage* p = m_pages.value(ids.indexOf(item->data(Qt::UserRole).toInt()));
        if (!p)
            continue;
        QString text = p->stepTitle();
        QStringList gaps;
        int total = 0;
        for (const QString& group : p->completenessGroups()) {
            if (const GroupCompleteness* g = check.completeness.group(group)) {
                total += g->total;
                for (const Gap& gap : g->gaps)
                    gaps.append(engine.describe(gap, language));
            }
        }
        const bool prohibited
            = draft && p->completenessGroups().contains(QStringLiteral("flags")) && !check.prohibited().isEmpty();
        QIcon icon = none;
        QString tip;
        if (p == m_review) {
            text += QLatin1Char('\n') + tr("%1% complete").arg(check.completeness.percent());
            icon = check.finalization.allowed || !draft ? done : missing;
            tip = draft && !check.finalization.allowed ? tr("Finalization is refused until:") + QStringLiteral("\n• ")
                    + check.finalization.reasons.join(QStringLiteral("\n• "))
                                                       : QString();
        } else if (total > 0 && draft) {
            text += QLatin1Char('\n') + (gaps.isEmpty() ? tr("complete") : tr("%n missing", nullptr, int(gaps.size())));
            icon = prohibited ? stop : gaps.isEmpty() ? done : missing;
            tip = gaps.mid(0, 8).join(QLatin1Char('\n'));
            if (gaps.size() > 8)
                tip += QLatin1Char('\n') + tr("… and %n more", nullptr, int(gaps.size() - 8));
            if (prohibited)
                tip = tr("A prohibited practice stands: see the red flags.") + QLatin1Char('\n') + tip;
        }
        item->setText(text);
        item->setIcon(icon);
        item->setToolTip(tip.trimmed());
        // Bold: the page shown now.
        QFont font = m_steps->font();
        font.setBold(item->data(Qt::UserRole).toInt() == currentId());
        item->setFont(font);
        if (item->data(Qt::UserRole).toInt() == currentId())
            m_steps->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
    }
}

void AssessmentWizard::refresh(CaseEditor::Parts parts)
{
    for (EditorPage* page : std::as_const(m_pages))
        page->refresh(parts, page->isSaving());
    updateSteps();
    if (parts & CaseEditor::Part::Version)
        updateReadOnly();
    Q_EMIT caseChanged(m_editor.caseId());
}

void AssessmentWizard::updateReadOnly()
{
    const QString reason = m_editor.readOnlyReason();
    const bool readOnly = !reason.isEmpty();
    const AssessmentVersion* v = m_editor.version();
    QString title = tr("%1 — Assessment").arg(m_editor.facts().name);
    if (v)
        title = tr("%1 — Assessment, version %2").arg(m_editor.facts().name).arg(v->number);
    if (readOnly)
        title += tr(" (read-only)");
    const bool tampered = !m_editor.integrityProblems().isEmpty();
    if (tampered)
        title += tr(" — changed outside PIAdesk");
    setWindowTitle(title);
    const QString warning = tampered ? tr("Warning: this case was changed outside PIAdesk; its finalized report no "
                                          "longer matches what was recorded. Run piadesk-cli verify.")
                                     : QString();
    for (EditorPage* page : std::as_const(m_pages)) {
        page->setReadOnly(readOnly);
        if (readOnly || tampered)
            page->setSubTitle(QStringList { warning, reason }.join(QLatin1Char(' ')).trimmed());
    }
    button(QWizard::CustomButton1)->setVisible(!readOnly);
    button(QWizard::CustomButton2)->setVisible(!readOnly);
}

bool AssessmentWizard::mayClose()
{
    flush();
    QStringList unsaved;
    for (const EditorPage* page : std::as_const(m_pages))
        unsaved.append(page->unsavedFields());
    unsaved.append(FormSupport::refusedDates(this));
    return FormSupport::mayCloseWithUnsaved(this, unsaved);
}

void AssessmentWizard::done(int result)
{
    if (!m_closing && !mayClose())
        return;
    m_closing = true;
    // A New Assessment closed without a single edit leaves no empty case behind.
    if (m_editor.discardIfUntouched())
        Q_EMIT caseChanged(0);
    QWizard::done(result);
}

void AssessmentWizard::closeEvent(QCloseEvent* event)
{
    if (!m_closing && !mayClose()) {
        event->ignore();
        return;
    }
    m_closing = true;
    QWizard::closeEvent(event);
}

} // namespace piadesk
