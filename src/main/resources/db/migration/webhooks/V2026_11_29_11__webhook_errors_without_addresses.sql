-- Refusals used to name the internal address a webhook host resolved to; delivery logs
-- are shown to editors, who need to know that it is internal, not where it is.
update webhook_attempt
   set error = 'Refused target: resolves to a loopback, private or link-local address; '
               || 'set broadsheet.webhooks.allow-private-targets=true to allow internal receivers'
 where error like 'Refused target: points to a loopback, private or link-local address (%';
update webhook_delivery
   set last_error = 'Refused target: resolves to a loopback, private or link-local address; '
                    || 'set broadsheet.webhooks.allow-private-targets=true to allow internal receivers'
 where last_error like 'Refused target: points to a loopback, private or link-local address (%';
