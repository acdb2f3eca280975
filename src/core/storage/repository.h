#pragma once

#include "core/board/board.h"
#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
#include "core/domain/lostreason.h"
#include "core/domain/savedview.h"
#include "core/domain/stage.h"
#include "core/result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

class Database;
class UndoJournal;

// What a deal entering a won or lost stage records, whichever way it moves (board, editor,
// command line, import). Entering a won stage sets the close date: closeDate when given,
// else today. Entering a lost stage stores lostReason, which must be one of the folder's
// lost reasons when it has any (an empty reason is allowed: an import may not know it).
// Leaving a lost stage clears the reason.
struct StageEntry
{
    std::string lostReason;
    std::optional<Date> closeDate;
};

// Taken before reading, tells later whether anything may have been written since: by this
// Repository (its change counter) or by another connection (SQLite's data_version).
struct ChangeStamp
{
    std::int64_t ownChanges = -1;
    std::int64_t otherChanges = -1;

    friend bool operator==(const ChangeStamp &, const ChangeStamp &) = default;
};

// One undoable step: what the user did, in words ("Move 3 deals to Won").
struct UndoStep
{
    std::int64_t id = 0;
    std::string label;
};

// The only way the rest of Dealboard reads or writes a database. Every write is one
// transaction (a savepoint when inside inTransaction()), so a failure leaves the file as
// it was. Methods return readable messages on failure; nothing here throws.
//
// Not thread-safe: one Repository per thread.
class Repository final
{
public:
    // Opens or creates the database file, turns on WAL, foreign keys and a busy timeout,
    // and applies pending migrations. A file written by a newer Dealboard is refused and
    // left untouched.
    [[nodiscard]] static Result<std::unique_ptr<Repository>>
    open(const std::filesystem::path &file);
    // A private database in memory, for tests.
    [[nodiscard]] static Result<std::unique_ptr<Repository>> openInMemory();

    ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    // True when open() created the file (or an in-memory one): the app seeds it then.
    bool isNew() const { return m_isNew; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs work in one transaction: all of it is written, or, when work fails, none of it.
    // May be nested; an inner failure undoes only the inner work if the outer one goes on.
    [[nodiscard]] Status inTransaction(const std::function<Status()> &work);

    // Folders -------------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<Folder>> folders() const;
    [[nodiscard]] Result<Folder> folder(FolderId id) const;
    [[nodiscard]] Result<std::optional<Folder>> folderByName(std::string_view name) const;
    // Fails when the name is empty or another folder has it (by nameKey()).
    [[nodiscard]] Result<Folder> createFolder(std::string_view name);
    // Same rules as createFolder; renaming to the folder's own name (any case) is allowed.
    [[nodiscard]] Status renameFolder(FolderId id, std::string_view name);
    // Moves a folder to index (0 = top) of the sidebar order; past the end = last.
    [[nodiscard]] Status moveFolder(FolderId id, int index);
    // Deletes the folder with its stages, fields, lost reasons, views, deals and their
    // history. Callers ask the user first (dealCount says how many deals go with it).
    [[nodiscard]] Status deleteFolder(FolderId id);

    // Equal stamps mean nothing was written in between, so what was read then still holds.
    [[nodiscard]] ChangeStamp changeStamp() const;

    // Everything a board of this folder needs, in one read.
    [[nodiscard]] Result<FolderSnapshot> snapshot(FolderId folderId) const;

    // Stages --------------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<Stage>> stages(FolderId folderId) const;
    // Appends a stage after the last one. Fails on an empty or duplicate name (by
    // nameKey()), a bad colour or a probability outside 0..100.
    [[nodiscard]] Result<Stage> addStage(FolderId folderId, Stage stage);
    // Moves a stage to index (0 = leftmost) of its folder's stage set; an index past the
    // end moves it to the end. Deals keep their stage and their order within it.
    [[nodiscard]] Status moveStage(StageId stageId, int index);
    [[nodiscard]] Result<Stage> stage(StageId id) const;
    // Writes name, colour, kind, probability and rotting limit (not position or folder).
    // Same refusals as addStage; a rotting limit must be at least one day. Saved views
    // whose filters name the stage by its old name are rewritten to the new one.
    [[nodiscard]] Status updateStage(const Stage &stage);
    // Every deal in the stage, whatever a view hides.
    [[nodiscard]] Result<int> stageDealCount(StageId id) const;
    // Removes a stage from its stage set. Its deals move to moveDealsTo (another stage of
    // the same folder, at the end of its column, recorded in their history); refused when
    // the stage holds deals and no target is given, or when it is the folder's last stage.
    // The stage history keeps naming the removed stage. Views hiding the stage forget it;
    // filters naming it name the target instead.
    [[nodiscard]] Status deleteStage(StageId id, std::optional<StageId> moveDealsTo);

    // Custom fields -------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<FieldDefinition>> fields(FolderId folderId) const;
    // Appends a field. Fails on an empty or duplicate name (by nameKey()), or when the
    // name is that of a built-in field (title, company, contact, owner, value, stage...).
    [[nodiscard]] Result<FieldDefinition> addField(FolderId folderId, FieldDefinition field);
    // Changes name and options of an existing field (not its type or position: moveField
    // does that, so a caller holding an older copy cannot undo a reorder).
    [[nodiscard]] Status updateField(const FieldDefinition &field);
    [[nodiscard]] Result<FieldDefinition> field(FieldId id) const;
    // Moves a field to index (0 = first) of its folder's fields.
    [[nodiscard]] Status moveField(FieldId id, int index);
    // Deals holding a value in the field.
    [[nodiscard]] Result<int> fieldValueCount(FieldId id) const;
    // Removes the field and its value from every deal. Views naming it drop that part
    // when they are shown (see buildBoard's warnings).
    [[nodiscard]] Status deleteField(FieldId id);
    // Renames an option of a choice field in its definition, on every deal holding it and
    // in the filters and hidden columns of the folder's views. Fails when the field is not
    // a choice field, oldName is not an option, or newName is empty or already one.
    [[nodiscard]] Status renameChoiceOption(FieldId id, std::string_view oldName,
                                            std::string_view newName);

    // Lost reasons --------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<LostReason>> lostReasons(FolderId folderId) const;
    // Appends a reason. Fails on an empty or duplicate name (by nameKey()).
    [[nodiscard]] Result<LostReason> addLostReason(FolderId folderId, std::string_view name);
    // Renames the reason and every deal of the folder that gave it.
    [[nodiscard]] Status renameLostReason(LostReasonId id, std::string_view name);
    [[nodiscard]] Status moveLostReason(LostReasonId id, int index);
    // Removes the reason from the list; deals that gave it keep the text.
    [[nodiscard]] Status deleteLostReason(LostReasonId id);

    // Saved views ---------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<SavedView>> views(FolderId folderId) const;
    [[nodiscard]] Result<std::optional<SavedView>> viewByName(FolderId folderId,
                                                              std::string_view name) const;
    // Appends a view. Fails on an empty or duplicate name within the folder.
    [[nodiscard]] Result<SavedView> createView(SavedView view);
    // Writes name and definition (not position or folder). Fails on an empty or duplicate
    // name within the folder.
    [[nodiscard]] Status updateView(const SavedView &view);
    [[nodiscard]] Result<SavedView> view(ViewId id) const;
    // A copy of the view under name, placed right after it.
    [[nodiscard]] Result<SavedView> duplicateView(ViewId id, std::string_view name);
    // Moves a view to index (0 = first) of its folder's views.
    [[nodiscard]] Status moveView(ViewId id, int index);
    [[nodiscard]] Status deleteView(ViewId id);

    // Deals ---------------------------------------------------------------------------
    [[nodiscard]] Result<Deal> deal(DealId id) const;
    [[nodiscard]] Result<std::optional<Deal>> dealByExternalId(FolderId folderId,
                                                               std::string_view externalId) const;
    // Inserts a deal at the end of its stage column (position and version are set here)
    // and records its first stage in the history. Timestamps left at zero become now
    // (stageEnteredAt: createdAt); given ones are kept, because an import or the demo data
    // knows when a deal began. Null custom values are dropped. Fails on a stage of another
    // folder, an empty title, a bad currency, an external id already in the folder, or a
    // custom value of a field the folder lacks or of the wrong shape (see FieldDefinition).
    [[nodiscard]] Result<Deal> createDeal(Deal deal);
    // Writes every field of deal. Fails when deal.version is not the stored version (the
    // deal changed since it was read). A stage change is recorded in the history and
    // moves the deal to the end of its new column. position and createdAt are not written:
    // order in a column changes only through moveDeal.
    [[nodiscard]] Result<Deal> updateDeal(const Deal &deal);
    // Moves a deal to stage, before the deal beforeDealId in that column, or to the end
    // when it is empty. Only stage, position, version and timestamps change; a stage
    // change is recorded in the history. Inserting between two cards renumbers nothing
    // unless their positions have no gap left, and a renumbering leaves the versions of the
    // other cards alone: their content did not change. With expectedVersion (the version of
    // the deal as the caller has it, e.g. on a board), the move is refused when the stored
    // deal has another version: someone else changed or moved it since it was read.
    // See StageEntry for what entering a won or lost stage records.
    [[nodiscard]] Result<Deal> moveDeal(DealId dealId, StageId stageId,
                                        std::optional<DealId> beforeDealId = std::nullopt,
                                        std::optional<std::int64_t> expectedVersion = std::nullopt,
                                        const StageEntry &entry = {});
    // Deletes a deal and its history.
    [[nodiscard]] Status deleteDeal(DealId id);
    [[nodiscard]] Result<std::vector<StageChange>> stageHistory(DealId dealId) const;
    [[nodiscard]] Result<int> dealCount(FolderId folderId) const;

    // Undo and redo -------------------------------------------------------------------
    // Starts recording every change to this database made through this Repository, so
    // that it can be undone step by step. The record lives in memory (SQLite TEMP tables
    // and triggers of this connection), not in the file: it ends when the Repository is
    // closed. Changes made before are not undoable.
    [[nodiscard]] Status enableUndo();
    bool isUndoEnabled() const;
    // Runs work in one transaction as one undoable step named label. When work fails,
    // nothing is written and no step is recorded. Recording a step forgets the redo steps.
    // Writes made outside recordStep while undo is on become their own step ("Change").
    [[nodiscard]] Status recordStep(std::string_view label, const std::function<Status()> &work);
    // Undoes the newest step, restoring every row it touched exactly (ids included), and
    // returns it; it becomes the newest redo step. Fails with a message when there is none.
    [[nodiscard]] Result<UndoStep> undo();
    // Redoes the newest undone step and returns it.
    [[nodiscard]] Result<UndoStep> redo();
    // Oldest first.
    [[nodiscard]] Result<std::vector<UndoStep>> undoSteps() const;
    // Next to redo first.
    [[nodiscard]] Result<std::vector<UndoStep>> redoSteps() const;

private:
    Repository(std::unique_ptr<Database> database, bool isNew);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<UndoJournal> m_undo; // set by enableUndo
    bool m_isNew = false;
};

} // namespace dealboard
