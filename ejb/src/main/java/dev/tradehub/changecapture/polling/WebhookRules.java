package dev.tradehub.changecapture.polling;

import dev.tradehub.access.Actor;
import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditTrail;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.changecapture.FollowedModel;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.odoo.transport.JsonSupport;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Installs in an Odoo the automation rules whose webhooks hint TradeHub that a followed model changed (transcripts,
 * section 10): one {@code on_state_set} rule per fact of an order's life (sale order confirmed or cancelled, delivery
 * done, invoice posted), each with an inline webhook server action and no payload fields (TradeHub reads what it
 * needs in its poll). Rules already there (by name) are left alone, so installing twice changes nothing. Needs
 * Odoo's {@code base_automation} module.
 */
@Stateless
public class WebhookRules {

    /** The name every rule TradeHub installs starts with. */
    public static final String PREFIX = "TradeHub: ";

    /** One rule: a model's state becoming a value. */
    record Rule(FollowedModel model, String state, String name) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(FollowedModel.SALE_ORDERS, "sale", PREFIX + "sale order confirmed"),
            new Rule(FollowedModel.SALE_ORDERS, "cancel", PREFIX + "sale order cancelled"),
            new Rule(FollowedModel.DELIVERIES, "done", PREFIX + "delivery done"),
            new Rule(FollowedModel.INVOICES, "posted", PREFIX + "invoice posted"));

    /**
     * What an installation did.
     *
     * @param created the rules created, by name
     * @param present the rules that were there already
     */
    public record Installation(List<String> created, List<String> present) {
    }

    @EJB
    private OdooConnection odooConnection;

    @EJB
    private AuditTrail audit;

    /**
     * Installs the rules that are missing in TradeHub's Odoo, each posting to {@code webhookUrl}. Audited (the URL
     * without its query: it carries the webhook secret).
     */
    public Installation install(String webhookUrl, Actor by) {
        Installation installation = install(odooConnection.client(), webhookUrl);
        audit.record(by, AuditAction.SETTINGS_CHANGED, "Odoo automation rules", null, "created "
                + installation.created() + ", present " + installation.present() + ", posting to "
                + webhookUrl.replaceFirst("\\?.*$", ""));
        return installation;
    }

    /** Installs the rules that are missing in {@code odoo}, each posting to {@code webhookUrl}. */
    static Installation install(OdooClient odoo, String webhookUrl) {
        Set<String> present = odoo.search("base.automation", List.of(JsonSupport.term("name", "in",
                JsonSupport.strings(RULES.stream().map(Rule::name).toList()))), List.of("id", "name"), null)
                .stream().map(OdooRecord::name).collect(Collectors.toSet());
        List<Rule> missing = RULES.stream().filter(rule -> !present.contains(rule.name())).toList();
        if (missing.isEmpty()) {
            return new Installation(List.of(), RULES.stream().map(Rule::name).toList());
        }
        Map<String, Long> modelIds = odoo.search("ir.model", List.of(JsonSupport.term("model", "in",
                        JsonSupport.strings(missing.stream().map(rule -> rule.model().odooModel()).distinct().toList()))),
                List.of("id", "model"), null).stream().collect(Collectors.toMap(m -> m.text("model"), OdooRecord::id));
        List<JsonObject> rules = new ArrayList<>();
        for (Rule rule : missing) {
            String model = rule.model().odooModel();
            Long modelId = modelIds.get(model);
            if (modelId == null) {
                throw new IllegalStateException("Odoo has no model " + model + ": is its module installed?");
            }
            List<OdooRecord> value = odoo.search("ir.model.fields.selection", List.of(
                    JsonSupport.term("field_id.model", "=", JsonSupport.string(model)),
                    JsonSupport.term("field_id.name", "=", JsonSupport.string("state")),
                    JsonSupport.term("value", "=", JsonSupport.string(rule.state()))), List.of("id", "value"), null);
            if (value.isEmpty()) {
                throw new IllegalStateException("Odoo's " + model + ".state has no value '" + rule.state() + "'");
            }
            rules.add(JsonSupport.object().add("name", rule.name()).add("model_id", modelId)
                    .add("trigger", "on_state_set").add("trg_selection_field_id", value.get(0).id())
                    .add("action_server_ids", JsonSupport.array().add(JsonSupport.array().add(0).add(0)
                            .add(JsonSupport.object().add("name", rule.name() + " (webhook)").add("model_id", modelId)
                                    .add("state", "webhook").add("webhook_url", webhookUrl))))
                    .build());
        }
        odoo.create("base.automation", rules);
        return new Installation(missing.stream().map(Rule::name).toList(),
                RULES.stream().map(Rule::name).filter(present::contains).toList());
    }
}
