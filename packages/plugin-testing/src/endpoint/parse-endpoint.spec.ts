import { parseEndpoint } from './parse-endpoint';

describe('parseEndpoint', () => {
  it('takes host:port as it is', () => {
    expect(parseEndpoint('127.0.0.1:50051')).toEqual({ address: '127.0.0.1:50051', tls: false });
  });

  it('strips grpc:// like the core, keeping the path out', () => {
    expect(parseEndpoint('grpc://plugin-abc.svc:50051/')).toEqual({ address: 'plugin-abc.svc:50051', tls: false });
  });

  it('uses TLS for grpc+ssl://', () => {
    expect(parseEndpoint('grpc+ssl://example.com:443')).toEqual({ address: 'example.com:443', tls: true });
  });

  it('rejects other schemes and missing ports', () => {
    expect(() => parseEndpoint('http://example.com:80')).toThrow('grpc://');
    expect(() => parseEndpoint('grpc://example.com')).toThrow('no port');
    expect(() => parseEndpoint('example.com')).toThrow('host:port');
  });
});
