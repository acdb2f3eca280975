#pragma once

#include "core/board/board.h"
#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
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

    // Custom fields -------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<FieldDefinition>> fields(FolderId folderId) const;
    // Appends a field. Fails on an empty or duplicate name (by nameKey()), or when the
    // name is that of a built-in field (title, company, contact, owner, value, stage...).
    [[nodiscard]] Result<FieldDefinition> addField(FolderId folderId, FieldDefinition field);
    // Changes name, options and position of an existing field (not its type).
    [[nodiscard]] Status updateField(const FieldDefinition &field);

    // Saved views ---------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<SavedView>> views(FolderId folderId) const;
    [[nodiscard]] Result<std::optional<SavedView>> viewByName(FolderId folderId,
                                                              std::string_view name) const;
    // Appends a view. Fails on an empty or duplicate name within the folder.
    [[nodiscard]] Result<SavedView> createView(SavedView view);
    [[nodiscard]] Status updateView(const SavedView &view);

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
    [[nodiscard]] Result<Deal> moveDeal(DealId dealId, StageId stageId,
                                        std::optional<DealId> beforeDealId = std::nullopt,
                                        std::optional<std::int64_t> expectedVersion = std::nullopt);
    // Deletes a deal and its history.
    [[nodiscard]] Status deleteDeal(DealId id);
    [[nodiscard]] Result<std::vector<StageChange>> stageHistory(DealId dealId) const;
    [[nodiscard]] Result<int> dealCount(FolderId folderId) const;

private:
    Repository(std::unique_ptr<Database> database, bool isNew);

    std::unique_ptr<Database> m_database;
    bool m_isNew = false;
};

} // namespace dealboard
