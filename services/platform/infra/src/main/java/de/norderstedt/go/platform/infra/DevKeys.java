package de.norderstedt.go.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs tokens where no real identity provider runs (tests, local run).
 * Generated per test run or per local data directory; never committed, never used in production.
 */
public record DevKeys(KeyPair keyPair) {

    public static DevKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new DevKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the pair kept in {@code directory}, or makes and keeps a new one. */
    public static DevKeys loadOrGenerate(Path directory) {
        Path privateFile = directory.resolve("jwt-private.der");
        Path publicFile = directory.resolve("jwt-public.der");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory factory = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
                return new DevKeys(new KeyPair(publicKey, privateKey));
            }
            DevKeys keys = generate();
            Files.createDirectories(directory);
            Files.write(privateFile, keys.keyPair.getPrivate().getEncoded());
            Files.write(publicFile, keys.keyPair.getPublic().getEncoded());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} takes. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
