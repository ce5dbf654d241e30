package de.kim.core.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One normalized word of a client's name, with the client's sort name (all normalized words,
 * family name first, then the id): a search by name fragment is a range scan of the covering
 * (token, sort name, client id) index that never visits the client table until the page to show
 * is known; further words are matched on the sort name.
 */
@Entity
@de.kim.core.internal.persistence.MachineText // NameKey.SHORT marks short words with U+0001
@Table(name = "KIM_CLIENT_NAME_KEY", indexes = {@Index(columnList = "TOKEN,SORTNAME,CLIENT_ID"), @Index(columnList = "CLIENT_ID")})
public class ClientNameKeyEntity {
    /** Client id and token: no generated key, so that the keys of a client are inserted in one batch. */
    @Id
    @Column(length = 120)
    private String id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Column(name = "TOKEN", length = 100, nullable = false)
    private String token;

    @Column(name = "SORTNAME", length = 300, nullable = false)
    private String sortName;

    protected ClientNameKeyEntity() {
    }

    public ClientNameKeyEntity(String clientId, String token, String sortName) {
        this.clientId = clientId;
        this.token = token.length() > 100 ? token.substring(0, 100) : token;
        this.id = clientId + "/" + this.token;
        this.sortName = sortName.length() > 300 ? sortName.substring(0, 300) : sortName;
    }
}
