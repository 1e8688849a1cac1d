package dev.tradehub.odoo.emulator.orm;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/**
 * The environment of one call (Odoo's {@code env}): the database, the user, the context, the call's
 * timestamp and its undo log. All data access goes through it, under the database lock taken by
 * {@link #run}.
 */
public final class Env {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Length of a datetime on the wire, whole seconds: {@code YYYY-MM-DD HH:MM:SS}. */
    public static final int WIRE_DATETIME_LENGTH = 19;

    private final Database db;
    private final int uid;
    private final Map<String, Object> context;
    private final boolean seeding;
    private final String now;
    private final String timestamp;
    private final Txn txn = new Txn();
    /** model + "." + inverse field -> parent id -> child ids (built lazily, dropped on every change). */
    private final Map<String, Map<Integer, List<Integer>>> inverseIndex = new HashMap<>();
    /** Records this call created, by model, in creation order. */
    private final Map<String, Set<Integer>> created = new LinkedHashMap<>();
    /** Stored fields whose value this call changed, by model and record (creations not included). */
    private final Map<String, Map<Integer, Set<String>>> changed = new LinkedHashMap<>();
    /** What to do once this call has committed (outgoing webhooks), in order. */
    private final List<Runnable> afterCommit = new ArrayList<>();

    Env(Database db, int uid, Map<String, Object> context, boolean seeding) {
        this.db = db;
        this.uid = uid;
        this.context = context == null ? Map.of() : context;
        this.seeding = seeding;
        long micros = db.nextTimestampMicros();
        LocalDateTime at = LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1_000, ZoneOffset.UTC);
        this.now = at.format(DATETIME);
        this.timestamp = now + String.format(java.util.Locale.ROOT, ".%06d", Math.floorMod(micros, 1_000_000L));
    }

    /**
     * Runs one call as one transaction: under the write lock when it may change data (rolled back entirely
     * if it throws, or if the database's commit listener does), under the read lock otherwise.
     */
    public static <T> T run(Database db, int uid, Map<String, Object> context, boolean readOnly, Function<Env, T> work) {
        return run(db, uid, context, readOnly, false, work);
    }

    /** Like {@link #run} but allows explicit ids in create values (used to load seeds). */
    public static <T> T runSeeding(Database db, Function<Env, T> work) {
        return run(db, 1, Map.of(), false, true, work);
    }

    private static <T> T run(Database db, int uid, Map<String, Object> context, boolean readOnly, boolean seeding,
            Function<Env, T> work) {
        Lock lock = readOnly ? db.lock().readLock() : db.lock().writeLock();
        Env env;
        T result;
        lock.lock();
        try {
            env = new Env(db, uid, context, seeding);
            try {
                result = work.apply(env);
                if (!readOnly) {
                    if (!seeding) {
                        db.beforeCommit(env);
                    }
                    db.commit(env.txn);
                }
            } catch (RuntimeException | Error e) {
                if (!readOnly) {
                    env.txn.rollback();
                }
                throw e;
            }
            // still under the lock, so that what commits later is handed over later
            for (Runnable task : env.afterCommit) {
                task.run();
            }
        } finally {
            lock.unlock();
        }
        return result;
    }

    /** The records this call created so far, by model (creation order). */
    public Map<String, Set<Integer>> created() {
        return created;
    }

    /** The stored fields this call changed so far on records it did not create, by model and record id. */
    public Map<String, Map<Integer, Set<String>>> changed() {
        return changed;
    }

    /**
     * Runs {@code task} once this call has committed (never if it fails), in commit order: still under the database
     * lock, so the task must only hand work over (queue a webhook), never wait.
     */
    public void afterCommit(Runnable task) {
        afterCommit.add(task);
    }

    public int uid() {
        return uid;
    }

    public Map<String, Object> context() {
        return context;
    }

    /**
     * The call's time as a naive UTC datetime in whole seconds, for business datetimes ({@code date_order},
     * {@code date_done}...), which Odoo sets from {@code fields.Datetime.now()} without microseconds.
     */
    public String now() {
        return now;
    }

    /**
     * The transaction timestamp with microseconds ({@code YYYY-MM-DD HH:MM:SS.ffffff}), what PostgreSQL stores in
     * {@code create_date}/{@code write_date}: one value per call, later than any earlier call's. Sent over the wire
     * cut to whole seconds; ordered by the full value.
     */
    public String timestamp() {
        return timestamp;
    }

    /** Marks a record as written by this call ({@code write_date}, {@code write_uid}), as Odoo's ORM does on write. */
    public void touch(Record rec) {
        set(rec, "write_date", timestamp);
        set(rec, "write_uid", uid);
    }

    public Database database() {
        return db;
    }

    public Model model(String name) {
        Model m = db.model(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown model " + name);
        }
        return m;
    }

    // ------------------------------------------------------------------ access

    public Record browse(String model, int id) {
        Map<String, Object> row = db.table(model).rows.get(id);
        return row == null ? null : new Record(model(model), id, row);
    }

    public Record browse(String model, Object id) {
        return id instanceof Integer i ? browse(model, i.intValue()) : null;
    }

    public boolean exists(String model, int id) {
        return db.table(model).rows.containsKey(id);
    }

    /** The raw value of a field: stored, computed, or (one2many) derived from the inverse many2one. */
    public Object get(Record rec, String fieldName) {
        Field f = rec.model().field(fieldName);
        if (f == null) {
            throw OdooException.valueError("Invalid field '" + fieldName + "' on '" + rec.model().name() + "'");
        }
        if (fieldName.equals("id")) {
            return rec.id();
        }
        if (f.isComputed()) {
            return f.compute().compute(this, rec);
        }
        if (f.type() == FieldType.ONE2MANY) {
            return ordered(f.comodel(), children(f.comodel(), f.inverse(), rec.id()));
        }
        return rec.row().get(fieldName);
    }

    /**
     * Ids in the default order of their model, as Odoo reads a one2many: an order's pickings 17 and 18 (same priority
     * and scheduled date) come as [18, 17], by stock.picking's "priority desc, scheduled_date asc, id desc".
     */
    private List<Integer> ordered(String modelName, List<Integer> ids) {
        Model m = model(modelName);
        if (ids.size() < 2 || m.order().equals("id")) {
            return ids;
        }
        List<Record> records = new ArrayList<>(ids.size());
        for (Integer id : ids) {
            records.add(browse(modelName, id));
        }
        records.sort(Ordering.comparator(this, m, m.order()));
        List<Integer> out = new ArrayList<>(ids.size());
        for (Record r : records) {
            out.add(r.id());
        }
        return out;
    }

    /** The ids of {@code model} whose many2one {@code inverse} points to {@code parentId}, in id order. */
    public List<Integer> children(String model, String inverse, int parentId) {
        Map<Integer, List<Integer>> index = inverseIndex.computeIfAbsent(model + "." + inverse, k -> {
            Map<Integer, List<Integer>> idx = new HashMap<>();
            db.table(model).rows.forEach((id, row) -> {
                Object parent = row.get(inverse);
                if (parent instanceof Integer p) {
                    idx.computeIfAbsent(p, x -> new ArrayList<>()).add(id);
                }
            });
            return idx;
        });
        List<Integer> ids = index.get(parentId);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    public String displayName(Record rec) {
        Model.DisplayName fn = rec.model().displayNameFn();
        if (fn != null) {
            return fn.of(this, rec);
        }
        Object name = rec.row().get("name");
        return name == null ? rec.model().name() + "," + rec.id() : name.toString();
    }

    public String displayName(String model, Integer id) {
        Record rec = id == null ? null : browse(model, id);
        return rec == null ? "" : displayName(rec);
    }

    public boolean activeTest() {
        return !Boolean.FALSE.equals(context.get("active_test"));
    }

    // ------------------------------------------------------------------ search and read

    public List<Integer> search(String modelName, List<?> domain, int offset, Integer limit, String order) {
        Model m = model(modelName);
        Domain.Node node = Domain.parse(this, m, domain == null ? List.of() : domain);
        boolean filterActive = m.hasActive() && activeTest() && !Domain.mentions(domain, "active");
        Comparator<Record> comparator = Ordering.comparator(this, m, order == null || order.isBlank() ? m.order() : order);
        List<Record> matches = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Object>> e : db.table(modelName).rows.entrySet()) {
            Record rec = new Record(m, e.getKey(), e.getValue());
            if (filterActive && Boolean.FALSE.equals(rec.row().get("active"))) {
                continue;
            }
            if (node.test(this, rec)) {
                matches.add(rec);
            }
        }
        matches.sort(comparator);
        int from = Math.min(Math.max(offset, 0), matches.size());
        int to = limit == null ? matches.size() : Math.min(matches.size(), from + Math.max(limit, 0));
        List<Integer> ids = new ArrayList<>(to - from);
        for (Record r : matches.subList(from, to)) {
            ids.add(r.id());
        }
        return ids;
    }

    /** Reads records as Odoo returns them: {@code id} first, then the fields asked, in wire format. */
    public List<Map<String, Object>> read(String modelName, List<Integer> ids, List<String> fields) {
        Model m = model(modelName);
        List<String> names = new ArrayList<>();
        if (fields == null || fields.isEmpty()) {
            names.addAll(m.fieldNames());
        } else {
            for (String f : fields) {
                if (m.field(f) == null) {
                    throw OdooException.valueError("Invalid field '" + f + "' on '" + modelName + "'");
                }
                names.add(f);
            }
        }
        List<Map<String, Object>> result = new ArrayList<>(ids.size());
        for (Integer id : new LinkedHashSet<>(ids)) {
            Record rec = id == null ? null : browse(modelName, id);
            if (rec == null) {
                continue;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", rec.id());
            for (String f : names) {
                if (!f.equals("id")) {
                    out.put(f, format(m.field(f), get(rec, f)));
                }
            }
            result.add(out);
        }
        return result;
    }

    /** The wire format of a raw value: false for empty, [id, name] for many2one, floats as doubles. */
    public Object format(Field f, Object raw) {
        switch (f.type()) {
            case INTEGER:
                return raw == null ? 0 : raw;
            case FLOAT:
            case MONETARY:
                return raw == null ? 0.0 : ((Number) raw).doubleValue();
            case BOOLEAN:
                return Boolean.TRUE.equals(raw);
            case MANY2ONE:
                return raw == null ? Boolean.FALSE : List.of(raw, displayName(f.comodel(), (Integer) raw));
            case ONE2MANY:
            case MANY2MANY:
                return raw == null ? List.of() : raw;
            case DATETIME:
                return raw == null ? Boolean.FALSE : wireDatetime(raw.toString());
            default:
                return raw == null ? Boolean.FALSE : raw;
        }
    }

    // ------------------------------------------------------------------ create, write, unlink

    public List<Integer> create(String modelName, List<Map<String, Object>> valsList) {
        Model m = model(modelName);
        for (Map<String, Object> vals : valsList) {
            checkFieldNames(m, vals);
        }
        List<Integer> ids = new ArrayList<>(valsList.size());
        for (Record r : createBatch(m, valsList, null)) {
            ids.add(r.id());
        }
        return ids;
    }

    /**
     * Odoo's batch create: the references of every row are checked, then every row is inserted (ids and sequence
     * numbers drawn), then the one2many values of all of them are created as one batch again, then the after-create
     * hooks run. So when the 2nd of 3 orders has a missing product, the 3 orders have used up their ids and numbers,
     * and no line any.
     *
     * @param presets per row, values set before the row's own (the inverse of a one2many); null: none
     */
    @SuppressWarnings("unchecked")
    private List<Record> createBatch(Model m, List<Map<String, Object>> valsList, List<Map<String, Object>> presets) {
        if (!seeding) {
            for (Map<String, Object> vals : valsList) {
                Map<String, Object> refs = new HashMap<>();
                for (Map.Entry<String, Object> e : vals.entrySet()) {
                    Field f = m.field(e.getKey());
                    if (f != null && f.type() == FieldType.MANY2ONE && f.isStored()) {
                        refs.put(f.name(), coerce(f, e.getValue()));
                    }
                }
                checkReferences(m, refs);
            }
        }
        List<Record> records = new ArrayList<>(valsList.size());
        for (int i = 0; i < valsList.size(); i++) {
            records.add(insert(m, valsList.get(i), presets == null ? Map.of() : presets.get(i)));
        }
        Map<Field, List<Map<String, Object>>> batched = new LinkedHashMap<>();
        Map<Field, List<Map<String, Object>>> batchedPresets = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Record rec = records.get(i);
            for (Map.Entry<String, Object> e : valsList.get(i).entrySet()) {
                Field f = m.field(e.getKey());
                if (!f.type().x2many() || f.isComputed()) {
                    continue;
                }
                List<Map<String, Object>> creates = f.type() == FieldType.ONE2MANY ? onlyCreates(e.getValue()) : null;
                if (creates == null) {
                    applyCommands(rec, f, e.getValue());
                    continue;
                }
                for (Map<String, Object> vals : creates) {
                    batched.computeIfAbsent(f, k -> new ArrayList<>()).add(vals);
                    batchedPresets.computeIfAbsent(f, k -> new ArrayList<>()).add(Map.of(f.inverse(), rec.id()));
                }
            }
        }
        batched.forEach((f, vals) -> createBatch(model(f.comodel()), vals, batchedPresets.get(f)));
        for (Record rec : records) {
            m.afterCreate().apply(this, rec);
        }
        return records;
    }

    /** The values of x2many commands that only create ({@code [0, 0, vals]}), or null if there are others. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> onlyCreates(Object value) {
        if (!(value instanceof List<?> commands)) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object c : commands) {
            if (!(c instanceof List<?> cmd) || cmd.isEmpty() || !(cmd.get(0) instanceof Number op) || op.intValue() != 0) {
                return null;
            }
            out.add(cmd.size() > 2 && cmd.get(2) instanceof Map ? (Map<String, Object>) cmd.get(2) : Map.of());
        }
        return out;
    }

    /**
     * Odoo checks the field names of a create, those of the x2many commands' values included, before it inserts
     * anything: an invalid name fails the call without using up an id or a sequence number.
     */
    @SuppressWarnings("unchecked")
    private void checkFieldNames(Model m, Map<String, Object> vals) {
        for (Map.Entry<String, Object> e : vals.entrySet()) {
            String k = e.getKey();
            Field f = m.field(k);
            if (f == null || (k.equals("id") && !seeding)) {
                throw OdooException.valueError("Invalid field '" + k + "' on model '" + m.name() + "'");
            }
            if (f.type().x2many() && !f.isComputed() && e.getValue() instanceof List<?> commands) {
                for (Object c : commands) {
                    if (c instanceof List<?> cmd && cmd.size() > 2 && cmd.get(0) instanceof Number op
                            && (op.intValue() == 0 || op.intValue() == 1) && cmd.get(2) instanceof Map<?, ?> sub) {
                        checkFieldNames(model(f.comodel()), (Map<String, Object>) sub);
                    }
                }
            }
        }
    }

    private int createOne(Model m, Map<String, Object> vals, Map<String, Object> preset) {
        Record rec = insert(m, vals, preset);
        finishCreate(rec, vals);
        return rec.id();
    }

    /** The first half of a create: defaults, the row inserted (its id used up), hooks and required fields checked. */
    private Record insert(Model m, Map<String, Object> vals, Map<String, Object> preset) {
        Map<String, Object> row = new HashMap<>();
        for (Field f : m.fields()) {
            if (f.defaultValue() != null && !vals.containsKey(f.name()) && !preset.containsKey(f.name())) {
                row.put(f.name(), coerce(f, f.defaultValue().apply(this)));
            }
        }
        row.putAll(preset);
        for (Map.Entry<String, Object> e : vals.entrySet()) {
            Field f = m.field(e.getKey());
            if (f.isStored() && f.type() != FieldType.MANY2MANY && !f.name().equals("id")) {
                row.put(f.name(), coerce(f, e.getValue()));
            }
        }
        if (!seeding) {
            checkReferences(m, row);
        }
        Database.Table table = db.table(m.name());
        txn.touchNextId(table);
        int id;
        if (seeding && vals.get("id") instanceof Integer explicit) {
            id = explicit;
            table.nextId = Math.max(table.nextId, id + 1);
        } else {
            id = table.nextId++;
        }
        row.put("id", id);
        row.putIfAbsent("create_date", timestamp);
        row.putIfAbsent("write_date", timestamp);
        row.putIfAbsent("create_uid", uid);
        row.putIfAbsent("write_uid", uid);
        m.beforeCreate().apply(this, row);
        checkRequired(m, row);
        txn.touch(table, id);
        table.rows.put(id, row);
        inverseIndex.clear();
        created.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(id);
        return new Record(m, id, row);
    }

    /** The second half: the x2many commands, then the model's after-create hook. */
    private void finishCreate(Record rec, Map<String, Object> vals) {
        Model m = rec.model();
        for (Map.Entry<String, Object> e : vals.entrySet()) {
            Field f = m.field(e.getKey());
            if (f.type().x2many() && !f.isComputed()) {
                applyCommands(rec, f, e.getValue());
            }
        }
        m.afterCreate().apply(this, rec);
    }

    public void write(String modelName, List<Integer> ids, Map<String, Object> vals) {
        Model m = model(modelName);
        checkExist(modelName, ids);
        for (String k : vals.keySet()) {
            if (m.field(k) == null) {
                throw OdooException.keyError(k);
            }
        }
        for (Integer id : ids) {
            Record rec = browse(modelName, id);
            m.beforeWrite().apply(this, rec, vals);
            Map<String, Object> changed = new HashMap<>();
            for (Map.Entry<String, Object> e : vals.entrySet()) {
                Field f = m.field(e.getKey());
                if (f.isStored() && f.type() != FieldType.MANY2MANY && !f.name().equals("id")) {
                    changed.put(f.name(), coerce(f, e.getValue()));
                }
            }
            checkReferences(m, changed);
            changed.put("write_date", timestamp);
            changed.put("write_uid", uid);
            for (Map.Entry<String, Object> e : changed.entrySet()) {
                set(rec, e.getKey(), e.getValue());
            }
            checkRequired(m, rec.row());
            for (Map.Entry<String, Object> e : vals.entrySet()) {
                Field f = m.field(e.getKey());
                if (f.type().x2many() && !f.isComputed()) {
                    applyCommands(rec, f, e.getValue());
                }
            }
            m.afterWrite().apply(this, rec, vals);
        }
    }

    public void unlink(String modelName, List<Integer> ids) {
        checkExist(modelName, ids);
        Database.Table table = db.table(modelName);
        Model m = model(modelName);
        for (Integer id : ids) {
            m.beforeUnlink().apply(this, browse(modelName, id));
            txn.touch(table, id);
            table.rows.remove(id);
        }
        inverseIndex.clear();
    }

    /** Sets one stored raw value (business methods use it; it is undone on rollback). */
    public void set(Record rec, String fieldName, Object raw) {
        txn.touch(db.table(rec.model().name()), rec.id());
        if (!fieldName.equals("write_date") && !fieldName.equals("write_uid")
                && !Objects.equals(rec.row().get(fieldName), raw)) {
            changed.computeIfAbsent(rec.model().name(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rec.id(), k -> new LinkedHashSet<>()).add(fieldName);
        }
        if (raw == null) {
            rec.row().remove(fieldName);
        } else {
            rec.row().put(fieldName, raw);
        }
        Field f = rec.model().field(fieldName);
        if (f != null && f.type() == FieldType.MANY2ONE) {
            inverseIndex.clear();
        }
    }

    /** Raises MissingError unless every id exists. */
    public void checkExist(String modelName, Collection<Integer> ids) {
        Database.Table table = db.table(modelName);
        List<Integer> missing = new ArrayList<>();
        for (Integer id : ids) {
            if (id == null || !table.rows.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw OdooException.missingError(modelName, missing, uid);
        }
    }

    /**
     * Uses up the next id of a model without keeping a record: Odoo creates records it merges away at once (the
     * stock move of a changed order line), and the ids they took are gone.
     */
    public void skipId(String modelName) {
        Database.Table table = db.table(modelName);
        txn.touchNextId(table);
        table.nextId++;
    }

    /** The next value of a named sequence, e.g. {@code S00027}. */
    public String nextSequence(String code) {
        Database.Sequence seq = db.sequence(code);
        txn.touchSequence(seq);
        return seq.format(seq.next++);
    }

    private void checkReferences(Model m, Map<String, Object> row) {
        for (Map.Entry<String, Object> e : row.entrySet()) {
            Field f = m.field(e.getKey());
            if (f != null && f.type() == FieldType.MANY2ONE && e.getValue() instanceof Integer ref
                    && !exists(f.comodel(), ref)) {
                throw OdooException.missingError(f.comodel(), List.of(ref), uid);
            }
        }
    }

    private void checkRequired(Model m, Map<String, Object> row) {
        for (Field f : m.fields()) {
            if (f.isRequired() && f.isStored() && isEmpty(row.get(f.name()))) {
                throw OdooException.validationError("The operation cannot be completed: Missing required value for the field '"
                        + f.label() + "' (" + f.name() + ").\nModel: '" + m.label() + "' (" + m.name() + ")\n"
                        + "- create/update: a mandatory field is not set\n"
                        + "- delete: another model requires the record being deleted, you can archive it instead\n");
            }
        }
    }

    static boolean isEmpty(Object raw) {
        return raw == null || Boolean.FALSE.equals(raw) || (raw instanceof String s && s.isEmpty())
                || (raw instanceof Collection<?> c && c.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void applyCommands(Record parent, Field f, Object value) {
        if (!(value instanceof List<?> commands)) {
            if (isEmpty(value)) {
                return;
            }
            throw OdooException.valueError("Wrong value for " + parent.model().name() + "." + f.name() + ": " + PyRepr.of(value));
        }
        if (!commands.isEmpty() && !(commands.get(0) instanceof List)) {
            commands = List.of(List.of(6, 0, commands));
        }
        Set<Integer> m2m = f.type() == FieldType.MANY2MANY
                ? new LinkedHashSet<>(parent.row().get(f.name()) == null ? List.of() : (List<Integer>) parent.row().get(f.name()))
                : null;
        Model comodel = model(f.comodel());
        for (Object c : commands) {
            List<Object> cmd = (List<Object>) c;
            int op = ((Number) cmd.get(0)).intValue();
            Integer target = cmd.size() > 1 && cmd.get(1) instanceof Number n ? n.intValue() : null;
            switch (op) {
                case 0 -> {
                    Map<String, Object> vals = cmd.size() > 2 && cmd.get(2) instanceof Map ? (Map<String, Object>) cmd.get(2) : Map.of();
                    Map<String, Object> preset = m2m == null ? Map.of(f.inverse(), parent.id()) : Map.of();
                    int id = createOne(comodel, vals, preset);
                    if (m2m != null) {
                        m2m.add(id);
                    }
                }
                case 1 -> write(comodel.name(), List.of(target), (Map<String, Object>) cmd.get(2));
                case 2 -> {
                    unlink(comodel.name(), List.of(target));
                    if (m2m != null) {
                        m2m.remove(target);
                    }
                }
                case 3 -> {
                    if (m2m != null) {
                        m2m.remove(target);
                    } else {
                        linkChild(comodel.name(), f.inverse(), target, null);
                    }
                }
                case 4 -> {
                    if (m2m != null) {
                        checkExist(comodel.name(), List.of(target));
                        m2m.add(target);
                    } else {
                        linkChild(comodel.name(), f.inverse(), target, parent.id());
                    }
                }
                case 5 -> {
                    if (m2m != null) {
                        m2m.clear();
                    } else {
                        for (Integer child : children(comodel.name(), f.inverse(), parent.id())) {
                            linkChild(comodel.name(), f.inverse(), child, null);
                        }
                    }
                }
                case 6 -> {
                    List<Integer> ids = new ArrayList<>();
                    for (Object o : (List<Object>) cmd.get(2)) {
                        ids.add(((Number) o).intValue());
                    }
                    checkExist(comodel.name(), ids);
                    if (m2m != null) {
                        m2m.clear();
                        m2m.addAll(ids);
                    } else {
                        for (Integer child : children(comodel.name(), f.inverse(), parent.id())) {
                            if (!ids.contains(child)) {
                                linkChild(comodel.name(), f.inverse(), child, null);
                            }
                        }
                        for (Integer child : ids) {
                            linkChild(comodel.name(), f.inverse(), child, parent.id());
                        }
                    }
                }
                default -> throw OdooException.valueError("Unknown command " + op + " for " + parent.model().name() + "." + f.name());
            }
        }
        if (m2m != null) {
            set(parent, f.name(), List.copyOf(m2m));
        }
    }

    private void linkChild(String model, String inverse, Integer child, Integer parentId) {
        checkExist(model, List.of(child));
        set(browse(model, child), inverse, parentId);
    }

    /** A stored datetime (maybe with microseconds) as Odoo sends it: whole seconds. */
    public static String wireDatetime(String stored) {
        return stored.length() > WIRE_DATETIME_LENGTH ? stored.substring(0, WIRE_DATETIME_LENGTH) : stored;
    }

    /** Converts a JSON value to the raw stored form of a field. */
    public static Object coerce(Field f, Object v) {
        if (v == null || (Boolean.FALSE.equals(v) && f.type() != FieldType.BOOLEAN)) {
            return null;
        }
        switch (f.type()) {
            case BOOLEAN:
                return v instanceof Boolean b ? b : !isEmpty(v) && !(v instanceof Number n && n.doubleValue() == 0);
            case INTEGER:
                return v instanceof Number n ? (Object) n.intValue() : Integer.valueOf(v.toString());
            case MANY2ONE:
                if (v instanceof List<?> l && !l.isEmpty()) {
                    v = l.get(0);
                }
                if (v instanceof Number n) {
                    return n.intValue();
                }
                throw OdooException.valueError("Wrong value for " + f.name() + ": " + PyRepr.of(v));
            case FLOAT:
            case MONETARY:
                return v instanceof Number n ? (Object) n.doubleValue() : Double.valueOf(v.toString());
            case DATE:
                return v.toString().length() > 10 ? v.toString().substring(0, 10) : v.toString();
            case DATETIME: {
                String s = v.toString().replace('T', ' ');
                return s.length() > 19 ? s.substring(0, 19) : s;
            }
            default:
                return v instanceof String ? v : v.toString();
        }
    }
}
