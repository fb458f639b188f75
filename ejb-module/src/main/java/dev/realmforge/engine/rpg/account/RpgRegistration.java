package dev.realmforge.engine.rpg.account;

import dev.realmforge.engine.account.AccountService;
import dev.realmforge.engine.account.AccountView;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Registration through the rpg profile: its own rules first, then the shared account store. The
 * rpg player itself is made on the account's first entry into the world (NewPlayers).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // AccountService keeps hashing out of transactions
public class RpgRegistration {

    @Inject
    AccountService accounts;

    public AccountView register(String username, String password, String clientIp) {
        RpgCredentialRules.check(username, password);
        return accounts.register(username, password, clientIp);
    }
}
