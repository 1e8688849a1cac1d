package dev.tradehub.changecapture.polling;

import static dev.tradehub.odoo.replay.Odoo.exchange;
import static dev.tradehub.odoo.replay.Odoo.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooClients;
import dev.tradehub.odoo.OdooSettings.Protocol;
import dev.tradehub.odoo.replay.Odoo;
import dev.tradehub.odoo.replay.ReplayServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The automation rules are created as in transcripts {@code 10-webhook-json2-01}, {@code -03} and {@code -04}: models
 * and selection values looked up, one {@code base.automation/create} with the inline webhook actions.
 */
class WebhookRulesTest {

    private static final String HOOK = "https://tradehub.example.com/api/v1/odoo/events?secret=s";

    @RegisterExtension
    final ReplayServer server = ReplayServer.start();
    private final OdooClient odoo = OdooClients.create(Odoo.settings(server, Protocol.JSON2, null, Odoo.ADMIN_KEY));

    @Test
    void theMissingRulesAreCreatedInOneCall() {
        server.expect(exchange("10-webhook-json2-01-ir-model-lookup.json")
                .withPath("/json/2/base.automation/search_read")
                .withBody(json("{'domain':[['name','in',['TradeHub: sale order confirmed','TradeHub: sale order"
                        + " cancelled','TradeHub: delivery done','TradeHub: invoice posted']]],'fields':['id','name']}"))
                .withResponse(200, "application/json", "[{\"id\": 3, \"name\": \"TradeHub: sale order cancelled\"},"
                        + " {\"id\": 4, \"name\": \"TradeHub: invoice posted\"}]"));
        server.expect(exchange("10-webhook-json2-01-ir-model-lookup.json")
                .withBody(json("{'domain':[['model','in',['sale.order','stock.picking']]],'fields':['id','model']}")));
        server.expect(exchange("10-webhook-json2-03-selection-value-lookup.json")
                .withBody(json("{'domain':[['field_id.model','=','sale.order'],['field_id.name','=','state'],"
                        + "['value','=','sale']],'fields':['id','value']}")));
        server.expect(exchange("10-webhook-json2-03-selection-value-lookup.json")
                .withBody(json("{'domain':[['field_id.model','=','stock.picking'],['field_id.name','=','state'],"
                        + "['value','=','done']],'fields':['id','value']}"))
                .withResponse(200, "application/json", "[{\"id\": 1655, \"value\": \"done\"}]"));
        server.expect(exchange("10-webhook-json2-04-create-automation-rule-on-state-set.json")
                .withBody(json("{'vals_list':[{'name':'TradeHub: sale order confirmed','model_id':594,"
                        + "'trigger':'on_state_set','trg_selection_field_id':1960,'action_server_ids':[[0,0,"
                        + "{'name':'TradeHub: sale order confirmed (webhook)','model_id':594,'state':'webhook',"
                        + "'webhook_url':'" + HOOK + "'}]]},"
                        + "{'name':'TradeHub: delivery done','model_id':537,'trigger':'on_state_set',"
                        + "'trg_selection_field_id':1655,'action_server_ids':[[0,0,{'name':'TradeHub: delivery done"
                        + " (webhook)','model_id':537,'state':'webhook','webhook_url':'" + HOOK + "'}]]}]}"))
                .withResponse(200, "application/json", "[5, 6]"));

        WebhookRules.Installation installation = WebhookRules.install(odoo, HOOK);

        assertThat(installation.created()).containsExactly("TradeHub: sale order confirmed", "TradeHub: delivery done");
        assertThat(installation.present()).containsExactly("TradeHub: sale order cancelled", "TradeHub: invoice posted");
    }

    @Test
    void installingTwiceChangesNothing() {
        server.expect(exchange("10-webhook-json2-01-ir-model-lookup.json")
                .withPath("/json/2/base.automation/search_read").anyRequest()
                .withResponse(200, "application/json", "[{\"id\": 1, \"name\": \"TradeHub: sale order confirmed\"},"
                        + " {\"id\": 2, \"name\": \"TradeHub: sale order cancelled\"}, {\"id\": 3, \"name\":"
                        + " \"TradeHub: delivery done\"}, {\"id\": 4, \"name\": \"TradeHub: invoice posted\"}]"));

        WebhookRules.Installation installation = WebhookRules.install(odoo, HOOK);

        assertThat(installation.created()).isEmpty();
        assertThat(installation.present()).hasSize(4);
        assertThat(server.requests()).isEqualTo(1);
    }
}
